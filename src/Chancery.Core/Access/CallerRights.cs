using Chancery.Core.Registry;
using Chancery.Core.Units;

namespace Chancery.Core.Access;

/// <summary>The changes a caller may make on one unit (null: the top level) on a date.</summary>
public sealed record UnitRights(Guid? UnitId, IReadOnlyList<string> Permissions);

/// <summary>
/// Which changes the caller may make, unit by unit, on a date: what pages offer. Computed by the
/// same rule that refuses the changes (<see cref="AccessPolicy"/>): the token's scope, a grant in
/// force, and administration of the unit (system administrator, or unit administrator of an
/// ancestor on that date). A change that reaches past the date is still checked over its whole
/// period when it is made, so an offered change may yet be refused; a change not offered is refused.
/// </summary>
public static class CallerRights
{
    public const int MaxUnits = 200;

    /// <summary>The permissions judged per unit: the hierarchy's, the positions' and the delegations' changes.</summary>
    public static readonly IReadOnlyList<string> UnitPermissions = [Scopes.HierarchyWrite, Scopes.PositionsWrite, Scopes.DelegationsWrite];

    public static IReadOnlyList<UnitRights> Of(Actor actor, RegistrySnapshot snapshot, IReadOnlyList<Guid?> unitIds, DateOnly date)
    {
        var access = snapshot.Access;
        var grants = AccessPolicy.RequireAnyGrant(actor, access, Scopes.HierarchyRead);
        var hierarchy = new UnitsDraft(snapshot.Units);
        var answer = new List<UnitRights>(unitIds.Count);
        foreach (var unitId in unitIds)
        {
            if (unitId is { } id)
            {
                snapshot.Units.RequireUnit(id, "unit_ids");
            }

            var administers = AccessPolicy.Administers(actor, grants, hierarchy, unitId, date);
            answer.Add(new UnitRights(unitId, administers ? UnitPermissions.Where(actor.HasScope).ToList() : []));
        }

        return answer;
    }
}
