using Chancery.Core.Audit;
using Chancery.Core.Errors;
using Chancery.Core.Registry;
using Chancery.Core.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;

namespace Chancery.Core.Access;

public sealed record GrantRoleCommand(PrincipalKind PrincipalKind, string? PrincipalId, Role Role, Guid? UnitId);

public sealed record RevokeGrantCommand(Guid GrantId);

/// <summary>Roles given and taken back; a revoked grant stops working on the next call.</summary>
public sealed class GrantCommands(RegistryWriter writer, Time.RegistryClock clock)
{
    public Task<RoleGrant> GrantAsync(GrantRoleCommand command, WriteRequest request, CancellationToken cancellationToken) =>
        writer.WriteAsync(request, async (context, ct) =>
        {
            var errors = new InputErrors();
            if (command.PrincipalKind is not (PrincipalKind.User or PrincipalKind.Client))
            {
                errors.Add("principal_kind", "A grant goes to a user or a client.");
            }

            var kind = command.PrincipalKind is PrincipalKind.User or PrincipalKind.Client ? command.PrincipalKind : (PrincipalKind?)null;
            var principalId = AccessInput.PrincipalId(kind, command.PrincipalId, errors);

            if (!Enum.IsDefined(command.Role))
            {
                errors.Add("role", "A role is required.");
            }
            else if (command.Role == Role.UnitAdministrator && command.UnitId is null)
            {
                errors.Add("unit_id", "A unit administrator is granted a unit: the top of the subtree administered.");
            }
            else if (command.Role != Role.UnitAdministrator && command.UnitId is not null)
            {
                errors.Add("unit_id", "Only a unit administrator's grant names a unit.");
            }

            errors.ThrowIfAny();
            ChangeRights.RequireSystemAdministrator(context, Scopes.AccessWrite);
            await RequirePrincipalAsync(context, command.PrincipalKind, principalId, ct);
            if (command.UnitId is { } unitId)
            {
                context.Snapshot.Units.RequireUnit(unitId, "unit_id");
            }

            await RequireNoSameGrantAsync(context, command, principalId, ct);

            var grant = new RoleGrant
            {
                Id = Guid.CreateVersion7(),
                PrincipalKind = command.PrincipalKind,
                PrincipalId = principalId,
                Role = command.Role,
                UnitId = command.UnitId,
                GrantedAt = clock.UtcNow,
                GrantedBy = context.Actor.ToString(),
            };
            context.Db.RoleGrants.Add(grant);
            context.Record(ChangedEntities.Grant, grant.Id.ToString(), null, Json(grant));
            return grant;
        }, cancellationToken);

    public Task<RoleGrant> RevokeAsync(RevokeGrantCommand command, WriteRequest request, CancellationToken cancellationToken) =>
        writer.WriteAsync(request, async (context, ct) =>
        {
            ChangeRights.RequireSystemAdministrator(context, Scopes.AccessWrite);
            var grant = await context.Db.RoleGrants.SingleOrDefaultAsync(g => g.Id == command.GrantId, ct)
                ?? throw new NotFoundException("grant", $"grants/{command.GrantId}", $"No grant has the id {command.GrantId}.");
            if (grant.RevokedAt is not null)
            {
                throw RuleViolations.One("access.already-revoked", $"grants/{grant.Id}", "The grant was revoked already.");
            }

            var before = Json(grant);
            grant.RevokedAt = clock.UtcNow;
            grant.RevokedBy = context.Actor.ToString();
            context.Record(ChangedEntities.Grant, grant.Id.ToString(), before, Json(grant));
            return grant;
        }, cancellationToken);

    /// <summary>A principal holds a role (over a unit) once: a second grant of it would need two revocations.</summary>
    private static async Task RequireNoSameGrantAsync(WriteContext context, GrantRoleCommand command, string principalId, CancellationToken ct)
    {
        var existing = await context.Db.RoleGrants
            .Where(g => g.PrincipalKind == command.PrincipalKind && g.PrincipalId == principalId && g.Role == command.Role
                && g.UnitId == command.UnitId && g.RevokedAt == null)
            .Select(g => (Guid?)g.Id)
            .FirstOrDefaultAsync(ct);
        if (existing is { } id)
        {
            throw RuleViolations.One("access.grant-exists", $"grants/{id}",
                $"The {command.PrincipalKind.ToString().ToLowerInvariant()} {principalId} holds this role already, by grant {id}; revoke it or leave it.");
        }
    }

    private static async Task RequirePrincipalAsync(WriteContext context, PrincipalKind kind, string id, CancellationToken ct)
    {
        var exists = kind == PrincipalKind.User
            ? Guid.TryParse(id, out var userId) && await context.Db.Users.AnyAsync(u => u.Id == userId, ct)
            : await context.Services.GetRequiredService<IOpenIddictApplicationManager>().FindByClientIdAsync(id, ct) is not null;
        if (!exists)
        {
            throw new NotFoundException(kind == PrincipalKind.User ? "user" : "client", $"{kind.ToString().ToLowerInvariant()}s/{id}",
                $"No {kind.ToString().ToLowerInvariant()} {id} exists.");
        }
    }

    internal static string Json(RoleGrant grant) => AuditJson.Serialize(new
    {
        id = grant.Id,
        principal_kind = grant.PrincipalKind.ToString(),
        principal_id = grant.PrincipalId,
        role = grant.Role.ToString(),
        unit_id = grant.UnitId,
        granted_by = grant.GrantedBy,
        revoked_at = grant.RevokedAt,
        revoked_by = grant.RevokedBy,
    });
}
