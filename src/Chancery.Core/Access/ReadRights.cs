using Chancery.Core.Units;
using Chancery.Core.Registry;

namespace Chancery.Core.Access;

/// <summary>
/// Who may read what beyond the registry's public content: decided here, in the core, beside
/// <see cref="ChangeRights"/>; the services only ask. (Units, positions and lineage are read by
/// any caller with the read scope and a grant, which the access interceptor checks.)
/// </summary>
public static class ReadRights
{
    /// <summary>Users, grants and clients: system administrators.</summary>
    public static void RequireAccessRead(Actor actor, RegistrySnapshot snapshot) =>
        AccessPolicy.RequireSystemAdministrator(actor, snapshot.Access, Scopes.AccessRead);

    /// <summary>The audit trail, its verification and its checkpoints: auditors and system administrators.</summary>
    public static void RequireAuditRead(Actor actor, RegistrySnapshot snapshot) =>
        AccessPolicy.RequireRole(actor, snapshot.Access, Scopes.AuditRead, Role.Auditor);

    /// <summary>
    /// Drafts and versions in review of a unit's regulations: those who may change them (a unit
    /// administrator whose subtree holds the unit today, a system administrator). Issued versions are
    /// published and read by anyone, without signing in.
    /// </summary>
    public static bool SeesDrafts(Actor actor, RegistrySnapshot snapshot, Guid unitId, DateOnly today)
    {
        if (actor.Kind != PrincipalKind.System && !actor.HasScope(Scopes.RegulationsRead))
        {
            return false;
        }

        var grants = actor.Kind == PrincipalKind.System ? [] : snapshot.Access.GrantsOf(actor);
        return AccessPolicy.Administers(actor, grants, new UnitsDraft(snapshot.Units), unitId, today);
    }
}
