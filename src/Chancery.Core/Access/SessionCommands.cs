using Chancery.Core.Audit;
using Chancery.Core.Errors;
using Chancery.Core.Registry;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Chancery.Core.Access;

/// <summary>A person's sign-in session (an OpenIddict authorization), ended by its own holder.</summary>
public sealed record EndSessionCommand(string? AuthorizationId);

/// <summary>What a sign-out revoked: the authorization and how many of its tokens.</summary>
public sealed record EndSessionResult(string AuthorizationId, long TokensRevoked);

/// <summary>
/// Sign-out: the session's authorization and every token issued under it (access, refresh,
/// identity) are revoked in the change's transaction and audited; the read model then lists the
/// authorization as ended, so an access token still within its lifetime is refused on its next call.
/// </summary>
public sealed class SessionCommands(RegistryWriter writer)
{
    public Task<EndSessionResult> EndAsync(EndSessionCommand command, WriteRequest request, CancellationToken cancellationToken) =>
        writer.WriteAsync(request, async (context, ct) =>
        {
            var errors = new InputErrors();
            var id = command.AuthorizationId?.Trim();
            if (string.IsNullOrEmpty(id) || id.Length > 100)
            {
                errors.Add("authorization_id", "The session's authorization id is required (at most 100 characters).");
            }

            errors.ThrowIfAny();
            var authorizations = context.Services.GetRequiredService<IOpenIddictAuthorizationManager>();
            var authorization = await authorizations.FindByIdAsync(id!, ct)
                ?? throw new NotFoundException("authorization", $"authorizations/{id}", "No sign-in session has this id.");
            var subject = await authorizations.GetSubjectAsync(authorization, ct);
            if (context.Actor.Kind != PrincipalKind.System && (context.Actor.Kind != PrincipalKind.User || subject != context.Actor.PrincipalId))
            {
                throw new PermissionDeniedException("sign-out", "NOT_YOUR_SESSION", "A session is ended by the person who holds it.");
            }

            if (!await authorizations.HasStatusAsync(authorization, Statuses.Valid, ct))
            {
                throw RuleViolations.One("access.session-ended", $"authorizations/{id}", "This session has ended already.");
            }

            var before = Json(id!, subject, Statuses.Valid, null);
            if (!await authorizations.TryRevokeAsync(authorization, ct))
            {
                throw new ContentionException("The session changed while it was being ended; sign out again.");
            }

            var revoked = await context.Services.GetRequiredService<IOpenIddictTokenManager>().RevokeByAuthorizationIdAsync(id!, ct);
            context.Record(ChangedEntities.Authorization, id!, before, Json(id!, subject, Statuses.Revoked, revoked));
            return new EndSessionResult(id!, revoked);
        }, cancellationToken);

    private static string Json(string id, string? subject, string status, long? tokensRevoked) =>
        AuditJson.Serialize(new { id, subject, status, tokens_revoked = tokensRevoked });
}
