using Chancery.Core.Access;
using Chancery.Core.Registry;

namespace Chancery.Core.Units;

/// <summary>
/// The caller's rights over a unit for a whole period, not one date: a change that reaches into
/// the future (a rename from today, an open-ended appointment) touches the unit wherever its
/// ancestry takes it in that period, so a unit administrator must hold it at each date where the
/// unit's or an ancestor's version changes.
/// </summary>
public static class UnitRights
{
    /// <summary>Rights with <paramref name="permission"/> over the unit on every date of [from, end); <c>null</c> end: the unit's own end.</summary>
    public static void RequireOver(WriteContext context, Guid? unitId, DateOnly from, DateOnly? end, string permission)
    {
        AccessPolicy.RequireUnitAdministration(context.Actor, context.Snapshot.Access, context.Units, unitId, from, permission);
        if (unitId is not { } id || context.Units.Find(id) is not { } unit || context.Snapshot.Access.IsSystemAdministrator(context.Actor))
        {
            return;
        }

        var until = end is { } e && e < unit.Period.End ? e : unit.Period.End;
        foreach (var date in Boundaries(context.Units, unit.Id, from, until, 0).Distinct())
        {
            AccessPolicy.RequireUnitAdministration(context.Actor, context.Snapshot.Access, context.Units, unitId, date, permission);
        }
    }

    /// <summary>The dates inside (from, end) where the unit's or an ancestor's version changes.</summary>
    private static IEnumerable<DateOnly> Boundaries(UnitsDraft hierarchy, Guid unitId, DateOnly from, DateOnly end, int depth)
    {
        if (depth > UnitsSnapshot.MaxDepth || hierarchy.Find(unitId) is not { } unit)
        {
            yield break;
        }

        foreach (var v in unit.Versions)
        {
            if (v.End <= from || v.From >= end)
            {
                continue;
            }

            if (v.From > from)
            {
                yield return v.From;
            }

            if (v.ParentId is { } parentId)
            {
                foreach (var date in Boundaries(hierarchy, parentId, v.From > from ? v.From : from, v.End < end ? v.End : end, depth + 1))
                {
                    yield return date;
                }
            }
        }
    }
}
