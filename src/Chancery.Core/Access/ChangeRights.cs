using Chancery.Core.Registry;
using Chancery.Core.Time;
using Chancery.Core.Units;

namespace Chancery.Core.Access;

/// <summary>
/// The one access entry point of commands: may this actor make this change? Every command asks
/// here, never a single-date check of its own. For a unit the question is asked over the whole
/// period the change reaches, not one date: a change that reaches into the future (a rename from
/// today, an open-ended appointment) touches the unit wherever its ancestry takes it in that
/// period, so a unit administrator must hold it at each date where the unit's or an ancestor's
/// version changes.
/// </summary>
public static class ChangeRights
{
    /// <summary>Rights with <paramref name="permission"/> over the unit on every date of [from, until); <c>null</c> until: to the unit's own end. A null unit is the top level.</summary>
    public static void RequireUnit(WriteContext context, Guid? unitId, DateOnly from, DateOnly? until, string permission)
    {
        var access = context.Snapshot.Access;
        AccessPolicy.RequireUnitAdministration(context.Actor, access, context.Units, unitId, from, permission);
        if (unitId is not { } id || context.Units.Find(id) is not { } unit || access.IsSystemAdministrator(context.Actor))
        {
            return;
        }

        var end = until is { } u && u < unit.Period.End ? u : unit.Period.End;
        if (end <= from)
        {
            return;
        }

        foreach (var date in Boundaries(context.Units, unit.Id, Period.Until(from, end), 0).Distinct())
        {
            AccessPolicy.RequireUnitAdministration(context.Actor, access, context.Units, unitId, date, permission);
        }
    }

    /// <summary>Rights over the unit on one date: a change that reaches no further (closing it, or the parent a move leaves).</summary>
    public static void RequireUnitOn(WriteContext context, Guid? unitId, DateOnly date, string permission) =>
        RequireUnit(context, unitId, date, Period.Day(date).To, permission);

    /// <summary>One of the roles, with the permission's scope, whatever the unit (e.g. an official who holds nothing yet).</summary>
    public static void RequireRole(WriteContext context, string permission, params Role[] roles) =>
        AccessPolicy.RequireRole(context.Actor, context.Snapshot.Access, permission, roles);

    /// <summary>The same, for a command that decides outside a write (nothing to change, e.g. an import that changes nothing).</summary>
    public static void RequireRole(Actor actor, RegistrySnapshot snapshot, string permission, params Role[] roles) =>
        AccessPolicy.RequireRole(actor, snapshot.Access, permission, roles);

    public static void RequireSystemAdministrator(WriteContext context, string permission) =>
        AccessPolicy.RequireSystemAdministrator(context.Actor, context.Snapshot.Access, permission);

    /// <summary>The dates inside the period (after its start) where the unit's or an ancestor's version changes.</summary>
    private static IEnumerable<DateOnly> Boundaries(UnitsDraft units, Guid unitId, Period period, int depth)
    {
        if (depth > UnitsSnapshot.MaxDepth || units.Find(unitId) is not { } unit)
        {
            yield break;
        }

        foreach (var v in unit.Versions)
        {
            if (period.Intersect(v.Period) is not { } overlap)
            {
                continue;
            }

            if (v.From > period.From)
            {
                yield return v.From;
            }

            if (v.ParentId is { } parentId)
            {
                foreach (var date in Boundaries(units, parentId, overlap, depth + 1))
                {
                    yield return date;
                }
            }
        }
    }
}
