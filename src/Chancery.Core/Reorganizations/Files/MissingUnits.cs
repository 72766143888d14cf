using Chancery.Core.Units;

namespace Chancery.Core.Reorganizations.Files;

/// <summary>
/// What <c>close_missing</c> closes: the units valid on the effective date that the file leaves out,
/// within the part of the registry the file describes — everything, if the file has top-level
/// units; else what lies below its topmost lines — but never a unit that a line of the file hangs
/// below. Returns the topmost of them; each closes with everything below it.
/// </summary>
internal static class MissingUnits
{
    public static List<Guid> Find(IReadOnlyList<HierarchyRow> rows, UnitsSnapshot registry, DateOnly effective)
    {
        var inFile = rows.ToDictionary(r => r.Id);
        Guid? ParentOf(Guid id) => inFile.TryGetValue(id, out var row) ? row.ParentId : registry.Find(id)?.At(effective)?.ParentId;

        var kept = new HashSet<Guid>();
        foreach (var anchor in rows.Select(r => r.ParentId).OfType<Guid>().Where(p => !inFile.ContainsKey(p)).Distinct())
        {
            Guid? id = anchor;
            while (id is { } a && kept.Add(a))
            {
                id = ParentOf(a);
            }
        }

        var everything = rows.Any(r => r.ParentId is null);
        var missing = new HashSet<Guid>();
        foreach (var unit in registry.Units)
        {
            if (!inFile.ContainsKey(unit.Id) && !kept.Contains(unit.Id) && unit.At(effective) is not null && (everything || BelowFile(unit.Id)))
            {
                missing.Add(unit.Id);
            }
        }

        return missing.Where(id => ParentOf(id) is not { } parent || !missing.Contains(parent)).Order().ToList();

        bool BelowFile(Guid id)
        {
            var current = ParentOf(id);
            for (var depth = 0; current is { } c && depth <= UnitsSnapshot.MaxDepth; depth++, current = ParentOf(c))
            {
                if (inFile.ContainsKey(c))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
