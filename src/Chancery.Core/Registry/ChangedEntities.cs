namespace Chancery.Core.Registry;

/// <summary>The <c>kind:id</c> list that a change-log entry carries.</summary>
public static class ChangedEntities
{
    public const string Unit = "unit";

    public static string Format(IEnumerable<(string Kind, Guid Id)> entities) =>
        string.Join(' ', entities.Select(e => $"{e.Kind}:{e.Id:N}"));

    public static IEnumerable<(string Kind, Guid Id)> Parse(string text)
    {
        foreach (var part in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && Guid.TryParse(part.AsSpan(colon + 1), out var id))
            {
                yield return (part[..colon], id);
            }
        }
    }
}
