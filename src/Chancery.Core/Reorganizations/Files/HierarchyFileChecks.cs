using Chancery.Core.Units;
using Chancery.Core.Time;

namespace Chancery.Core.Reorganizations.Files;

/// <summary>
/// The checks across the lines of a file and against the registry, as of the effective date:
/// duplicate ids, parents that are neither in the file nor in the registry, cycles (through the
/// file and the registry together), units the registry holds but not on that date, periods, and
/// codes held by two lines over the same dates.
/// </summary>
public static class HierarchyFileChecks
{
    public static void Check(IReadOnlyList<HierarchyRow> rows, UnitsSnapshot registry, DateOnly effective, FileProblems problems)
    {
        var byId = Unique(rows, problems);
        foreach (var row in rows.Where(r => r.IdValid))
        {
            if (row.ParentValid && row.ParentId is { } parent && !byId.ContainsKey(parent) && registry.Find(parent) is null)
            {
                problems.Add(row.Line, FileColumn.ParentId, $"No unit has the id {parent}: it is neither a line of the file nor a unit of the registry.");
            }

            var stored = registry.Find(row.Id);
            if (stored is not null && stored.At(effective) is null)
            {
                problems.Add(row.Line, FileColumn.Id,
                    $"The unit {row.Id} is in the registry but not on {IsoDate.Format(effective)} (it exists over {stored.Period}); an import changes the units valid on its effective date.");
            }
            else if (stored is null && row.DatesValid && row.ValidTo is { } to && to <= (row.ValidFrom ?? effective))
            {
                problems.Add(row.Line, FileColumn.ValidTo,
                    $"valid_to ({IsoDate.Format(to)}) must come after the unit's first day ({IsoDate.Format(row.ValidFrom ?? effective)}, valid_from or else the effective date).");
            }
        }

        Cycles(rows, byId, registry, effective, problems);
        Codes(rows, registry, effective, problems);
    }

    /// <summary>The lines by id, the first of each; a later line with the same id is a problem.</summary>
    private static Dictionary<Guid, HierarchyRow> Unique(IReadOnlyList<HierarchyRow> rows, FileProblems problems)
    {
        var byId = new Dictionary<Guid, HierarchyRow>(rows.Count);
        foreach (var row in rows.Where(r => r.IdValid))
        {
            if (!byId.TryAdd(row.Id, row))
            {
                problems.Add(row.Line, FileColumn.Id, $"The id {row.Id} is already on line {byId[row.Id].Line}; each unit has one line.");
            }
        }

        return byId;
    }

    /// <summary>Each line whose unit would lie below itself, following the file's parents and, above them, the registry's on the effective date.</summary>
    private static void Cycles(IReadOnlyList<HierarchyRow> rows, Dictionary<Guid, HierarchyRow> byId, UnitsSnapshot registry, DateOnly effective, FileProblems problems)
    {
        var done = new HashSet<Guid>();
        var path = new List<Guid>();
        var onPath = new Dictionary<Guid, int>();
        foreach (var row in rows.Where(r => r.IdValid))
        {
            path.Clear();
            onPath.Clear();
            Guid? current = row.Id;
            while (current is { } id && !done.Contains(id))
            {
                if (onPath.TryGetValue(id, out var start))
                {
                    var cycle = path.Skip(start).ToList();
                    var lines = cycle.Where(byId.ContainsKey).Select(u => byId[u]).ToList();
                    var shown = string.Join(" → ", cycle.Append(id).Select(u => byId.TryGetValue(u, out var r) ? $"line {r.Line}" : $"registry unit {u}"));
                    foreach (var member in lines)
                    {
                        problems.Add(member.Line, FileColumn.ParentId, $"The unit would lie below itself: {shown}.");
                    }

                    break;
                }

                onPath[id] = path.Count;
                path.Add(id);
                current = byId.TryGetValue(id, out var r) ? (r.ParentValid ? r.ParentId : null) : registry.Find(id)?.At(effective)?.ParentId;
            }

            done.UnionWith(path);
        }
    }

    /// <summary>Two lines with the same code over overlapping periods (a unit the registry holds takes the code from the effective date).</summary>
    private static void Codes(IReadOnlyList<HierarchyRow> rows, UnitsSnapshot registry, DateOnly effective, FileProblems problems)
    {
        var withCode = rows.Where(r => r.IdValid && r.CodeValid && r.DatesValid && r.Code is not null);
        foreach (var group in withCode.GroupBy(r => r.Code!, StringComparer.Ordinal).Where(g => g.Skip(1).Any()))
        {
            var periods = group.Select(r => (Row: r, Period: PeriodOf(r, registry, effective))).ToList();
            for (var i = 1; i < periods.Count; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    if (periods[i].Period.Overlaps(periods[j].Period))
                    {
                        problems.Add(periods[i].Row.Line, FileColumn.Code,
                            $"The code {group.Key} is also on line {periods[j].Row.Line}, over the same dates; a code is unique among units valid on the same date.");
                        break;
                    }
                }
            }
        }
    }

    private static Period PeriodOf(HierarchyRow row, UnitsSnapshot registry, DateOnly effective) =>
        registry.Find(row.Id) is { } stored
            ? new Period(effective, stored.Closed)
            : new Period(row.ValidFrom ?? effective, row.ValidTo);
}
