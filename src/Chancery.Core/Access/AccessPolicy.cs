using Chancery.Core.Errors;
using Chancery.Core.Units;
using Chancery.Core.Time;

namespace Chancery.Core.Access;

/// <summary>
/// Who may do what, checked on the server for every call and every object. Denials name the
/// missing permission and say nothing about objects the caller may not change.
/// </summary>
public static class AccessPolicy
{
    /// <summary>The token carries the scope of the area and access.</summary>
    public static void RequireScope(Actor actor, string scope)
    {
        if (!actor.HasScope(scope))
        {
            throw new PermissionDeniedException(scope, "MISSING_SCOPE", $"This call needs the scope {scope}, which the token does not carry.");
        }
    }

    /// <summary>The caller holds at least one grant in force (any role reads), and is not a disabled user.</summary>
    public static IReadOnlyList<GrantState> RequireAnyGrant(Actor actor, AccessSnapshot access, string permission)
    {
        if (actor.Kind == PrincipalKind.System)
        {
            return [];
        }

        RequireActiveUser(actor, access);
        var grants = access.GrantsOf(actor);
        if (grants.Count == 0)
        {
            throw new PermissionDeniedException(permission, "NO_GRANT", $"{permission} needs a role; {actor} holds none.");
        }

        return grants;
    }

    internal static void RequireSystemAdministrator(Actor actor, AccessSnapshot access, string permission)
    {
        var grants = RequireAnyGrant(actor, access, permission);
        if (actor.Kind != PrincipalKind.System && !grants.Any(g => g.Role == Role.SystemAdministrator))
        {
            throw new PermissionDeniedException(permission, "SYSTEM_ADMINISTRATOR_ONLY", $"{permission} is for system administrators.");
        }
    }

    internal static void RequireRole(Actor actor, AccessSnapshot access, string permission, params Role[] roles)
    {
        var grants = RequireAnyGrant(actor, access, permission);
        if (actor.Kind != PrincipalKind.System && !grants.Any(g => g.Role == Role.SystemAdministrator || roles.Contains(g.Role)))
        {
            throw new PermissionDeniedException(permission, "ROLE_REQUIRED", $"{permission} needs one of the roles {string.Join(", ", roles)}.");
        }
    }

    /// <summary>
    /// The caller administers <paramref name="unitId"/> on <paramref name="date"/>: a system
    /// administrator, or a unit administrator whose unit is the unit or one of its ancestors on
    /// that date, in the hierarchy as drafted so far. A null unit means the top level, which only
    /// system administrators change.
    /// </summary>
    internal static void RequireUnitAdministration(Actor actor, AccessSnapshot access, UnitsDraft hierarchy, Guid? unitId, DateOnly date, string permission)
    {
        var grants = RequireAnyGrant(actor, access, permission);
        if (Administers(actor, grants, hierarchy, unitId, date))
        {
            return;
        }

        var subject = unitId is { } u ? Subjects.Unit(u) : "the top level";
        throw new PermissionDeniedException($"{permission} on {subject}", "OUTSIDE_SUBTREE",
            $"{permission} on {subject} as of {IsoDate.Format(date)} is not covered by the grants of {actor}.");
    }

    /// <summary>
    /// The rule itself, which <see cref="RequireUnitAdministration"/> enforces and
    /// <see cref="CallerRights"/> reports: a system administrator, or a unit administrator whose
    /// unit is the unit or one of its ancestors on that date.
    /// </summary>
    internal static bool Administers(Actor actor, IReadOnlyList<GrantState> grants, UnitsDraft hierarchy, Guid? unitId, DateOnly date)
    {
        if (actor.Kind == PrincipalKind.System || grants.Any(g => g.Role == Role.SystemAdministrator))
        {
            return true;
        }

        foreach (var grant in grants)
        {
            if (grant.Role == Role.UnitAdministrator && grant.UnitId is { } top && unitId is { } id && hierarchy.IsWithin(id, top, date))
            {
                return true;
            }
        }

        return false;
    }

    private static void RequireActiveUser(Actor actor, AccessSnapshot access)
    {
        if (actor.Kind == PrincipalKind.User && (actor.UserId is not { } id || access.User(id) is not { Disabled: false }))
        {
            throw new PermissionDeniedException("sign-in", "DISABLED", "This account does not exist or is disabled.");
        }
    }
}
