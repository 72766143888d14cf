using System.Text.Json;

namespace Chancery.Portal.Pages.Units;

/// <summary>Which top-level fields of an audited entity differ between its "before" and "after" JSON (all of "after" for a creation).</summary>
public static class AuditChanges
{
    public static IReadOnlyList<string> Keys(string before, string after)
    {
        var old = Read(before);
        var now = Read(after);
        return now.Keys.Union(old.Keys).Where(k => k != "version").Where(k => !old.TryGetValue(k, out var a) || !now.TryGetValue(k, out var b) || a != b).ToList();
    }

    private static Dictionary<string, string> Read(string json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetRawText())
                : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
