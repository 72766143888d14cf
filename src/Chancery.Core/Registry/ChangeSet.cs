namespace Chancery.Core.Registry;

/// <summary>The entities that change-log entries name (<c>kind:id</c>), as a part asks about them.</summary>
public sealed class ChangeSet(IReadOnlyCollection<(string Kind, string Id)> entities)
{
    public IReadOnlyCollection<(string Kind, string Id)> Entities => entities;

    public bool IsEmpty => entities.Count == 0;

    public bool Any(params ReadOnlySpan<string> kinds)
    {
        foreach (var (kind, _) in entities)
        {
            if (kinds.Contains(kind))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The ids of the entities of one kind that are well-formed ids.</summary>
    public HashSet<Guid> Ids(string kind)
    {
        var ids = new HashSet<Guid>();
        foreach (var (k, id) in entities)
        {
            if (k == kind && Guid.TryParse(id, out var guid))
            {
                ids.Add(guid);
            }
        }

        return ids;
    }
}
