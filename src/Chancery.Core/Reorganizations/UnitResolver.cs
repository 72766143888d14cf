using Chancery.Core.Registry;
using Chancery.Core.Units;

namespace Chancery.Core.Reorganizations;

/// <summary>Where a unit is on a date: itself, or — before it existed or after it ended — the units its lineage leads to.</summary>
public sealed record ResolvedUnit(
    UnitState Unit, UnitView? Current, IReadOnlyList<ResolvedLink> Successors, IReadOnlyList<ResolvedLink> Predecessors, IReadOnlyList<LineageStep> Ends);

/// <summary>A unit valid on the date asked for, reached through these steps of lineage.</summary>
public sealed record ResolvedLink(UnitView Unit, IReadOnlyList<LineageStep> Path);

public static class UnitResolver
{
    public static ResolvedUnit Resolve(RegistrySnapshot snapshot, Guid id, DateOnly date)
    {
        var unit = snapshot.Units.RequireUnit(id);
        if (snapshot.Units.Get(id, date) is { } view)
        {
            return new ResolvedUnit(unit, view, [], [], []);
        }

        var ends = new List<LineageStep>();
        if (date >= unit.Period.End)
        {
            var successors = Walk(snapshot, id, date, forward: true, ends);
            return new ResolvedUnit(unit, null, successors, [], ends);
        }

        return new ResolvedUnit(unit, null, [], Walk(snapshot, id, date, forward: false, ends), ends);
    }

    /// <summary>Follows lineage (forward: to successors; backward: to predecessors) until units valid on the date.</summary>
    private static List<ResolvedLink> Walk(RegistrySnapshot snapshot, Guid start, DateOnly date, bool forward, List<LineageStep> ends)
    {
        var found = new List<ResolvedLink>();
        var seen = new HashSet<Guid> { start };
        var queue = new Queue<(Guid Id, List<LineageStep> Path)>();
        queue.Enqueue((start, []));
        while (queue.Count > 0 && seen.Count < 10_000)
        {
            var (id, path) = queue.Dequeue();
            var steps = forward ? snapshot.Lineage.From(id).Where(s => s.Date <= date) : snapshot.Lineage.To(id).Where(s => s.Date > date);
            foreach (var step in steps)
            {
                var next = forward ? step.SuccessorId : step.PredecessorId;
                if (next is null)
                {
                    ends.Add(step);
                    continue;
                }

                if (!seen.Add(next.Value))
                {
                    continue;
                }

                var nextPath = new List<LineageStep>(path) { step };
                if (snapshot.Units.Get(next.Value, date) is { } view)
                {
                    found.Add(new ResolvedLink(view, nextPath));
                }
                else
                {
                    queue.Enqueue((next.Value, nextPath));
                }
            }
        }

        return found;
    }
}
