namespace Chancery.Core.Regulations.Text.Diff;

/// <summary>How a provision differs between two bodies; several may hold at once (moved and renumbered and changed).</summary>
[Flags]
public enum ProvisionChanges
{
    None = 0,
    Added = 1,
    Removed = 2,

    /// <summary>Its parent is another provision (by persistent id) than before.</summary>
    Moved = 4,

    /// <summary>Its readable id is another than before (its number, or a number above it, changed).</summary>
    Renumbered = 8,

    TextChanged = 16,
    HeadingChanged = 32,
}

/// <summary>
/// One provision that differs: its persistent id, its readable ids before and after (null when it
/// was added or removed), and, when its text or heading changed, the words that changed.
/// </summary>
public sealed record ProvisionDifference(
    Guid Guid, ProvisionKind Kind, ProvisionChanges Changes, string? BeforeEid, string? AfterEid,
    IReadOnlyList<WordRun>? Heading, IReadOnlyList<WordRun>? Text);

/// <summary>
/// Two bodies compared provision by provision by persistent id: what was added, removed, moved,
/// renumbered or changed, in the reading order of the later body, then what was removed in the
/// order of the earlier; unchanged provisions are left out. Linear in the provisions, plus the
/// word diffs of the texts that changed.
/// </summary>
public static class BodyDiff
{
    public static IReadOnlyList<ProvisionDifference> Compare(RegulationBody before, RegulationBody after)
    {
        var old = ProvisionTree.Entries(before);
        var byGuid = new Dictionary<Guid, int>(old.Count);
        for (var i = 0; i < old.Count; i++)
        {
            byGuid.TryAdd(old[i].Provision.Guid, i);
        }

        var differences = new List<ProvisionDifference>();
        var seen = new bool[old.Count];
        foreach (var entry in ProvisionTree.Entries(after))
        {
            var p = entry.Provision;
            if (!byGuid.TryGetValue(p.Guid, out var i) || seen[i])
            {
                differences.Add(new(p.Guid, p.Kind, ProvisionChanges.Added, null, entry.Eid, null, null));
                continue;
            }

            seen[i] = true;
            var was = old[i];
            if (ReferenceEquals(was.Provision, p) && was.Eid == entry.Eid && was.Parent?.Guid == entry.Parent?.Guid)
            {
                continue;
            }

            var changes = ProvisionChanges.None;
            if (was.Parent?.Guid != entry.Parent?.Guid)
            {
                changes |= ProvisionChanges.Moved;
            }

            if (!string.Equals(was.Eid, entry.Eid, StringComparison.Ordinal))
            {
                changes |= ProvisionChanges.Renumbered;
            }

            IReadOnlyList<WordRun>? heading = null, text = null;
            if (!string.Equals(was.Provision.Heading, p.Heading, StringComparison.Ordinal))
            {
                changes |= ProvisionChanges.HeadingChanged;
                heading = WordDiff.Compare(was.Provision.Heading ?? "", p.Heading ?? "");
            }

            if (!string.Equals(was.Provision.Text, p.Text, StringComparison.Ordinal))
            {
                changes |= ProvisionChanges.TextChanged;
                text = WordDiff.Compare(was.Provision.Text, p.Text);
            }

            if (changes != ProvisionChanges.None)
            {
                differences.Add(new(p.Guid, p.Kind, changes, was.Eid, entry.Eid, heading, text));
            }
        }

        for (var i = 0; i < old.Count; i++)
        {
            if (!seen[i] && byGuid[old[i].Provision.Guid] == i)
            {
                differences.Add(new(old[i].Provision.Guid, old[i].Provision.Kind, ProvisionChanges.Removed, old[i].Eid, null, null, null));
            }
        }

        return differences;
    }
}
