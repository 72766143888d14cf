namespace Chancery.Core.Registry;

/// <summary>The <c>kind:id</c> list that a change-log entry carries.</summary>
public static class ChangedEntities
{
    public const string Unit = "unit";
    public const string User = "user";
    public const string Grant = "grant";
    public const string Client = "client";
    public const string Authorization = "authorization";
    public const string Plan = "plan";
    public const string Position = "position";
    public const string Appointment = "appointment";
    public const string Official = "official";


    public static string Format(IEnumerable<(string Kind, string Id)> entities) =>
        string.Join(' ', entities.Select(e => $"{e.Kind}:{e.Id}"));

    public static IEnumerable<(string Kind, string Id)> Parse(string text)
    {
        foreach (var part in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                yield return (part[..colon], part[(colon + 1)..]);
            }
        }
    }
}
