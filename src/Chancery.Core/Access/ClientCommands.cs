using System.Security.Cryptography;
using Chancery.Core.Audit;
using Chancery.Core.Errors;
using Chancery.Core.Registry;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Chancery.Core.Access;

/// <param name="RedirectUris">Empty for a machine client (client-credentials grant); given for an
/// interactive client such as the portal (authorization code with PKCE, refresh tokens).</param>
/// <param name="Public">An interactive client without a secret (PKCE only).</param>
public sealed record RegisterClientCommand(
    string? ClientId, string? DisplayName, IReadOnlyList<string> Scopes,
    IReadOnlyList<string> RedirectUris, IReadOnlyList<string> PostLogoutRedirectUris, bool Public);

public sealed record RotateClientSecretCommand(string? ClientId);

/// <summary>A registered client, with its secret when one was just made (shown once, stored only hashed).</summary>
public sealed record ClientResult(string ClientId, string DisplayName, IReadOnlyList<string> Scopes, bool Interactive, bool Public, string? Secret);

/// <summary>Clients of the authorization server, kept in OpenIddict's store inside the change's transaction.</summary>
public sealed class ClientCommands(RegistryWriter writer)
{
    public Task<ClientResult> RegisterAsync(RegisterClientCommand command, WriteRequest request, CancellationToken cancellationToken) =>
        writer.WriteAsync(request, async (context, ct) =>
        {
            var errors = new InputErrors();
            var clientId = AccessInput.ClientId(command.ClientId, errors);
            var displayName = AccessInput.DisplayName(command.DisplayName, errors);
            var scopes = AccessInput.Scopes(command.Scopes, errors);
            var redirects = AccessInput.Uris(command.RedirectUris, errors, "redirect_uris");
            var logouts = AccessInput.Uris(command.PostLogoutRedirectUris, errors, "post_logout_redirect_uris");
            if (command.Public && redirects.Count == 0)
            {
                errors.Add("public", "Only an interactive client (with redirect_uris) can be public.");
            }

            errors.ThrowIfAny();
            AccessPolicy.RequireSystemAdministrator(context.Actor, context.Snapshot.Access, Scopes.AccessWrite);
            var manager = context.Services.GetRequiredService<IOpenIddictApplicationManager>();
            if (await manager.FindByClientIdAsync(clientId, ct) is not null)
            {
                throw new AlreadyExistsException("client", $"clients/{clientId}", $"A client {clientId} is registered already.");
            }

            var secret = command.Public ? null : NewSecret();
            await manager.CreateAsync(Describe(clientId, displayName, scopes, redirects, logouts, secret), ct);
            var result = new ClientResult(clientId, displayName, scopes, redirects.Count > 0, command.Public, secret);
            context.Record(ChangedEntities.Client, clientId, null, Json(result, redirects));
            return result;
        }, cancellationToken);

    public Task<ClientResult> RotateSecretAsync(RotateClientSecretCommand command, WriteRequest request, CancellationToken cancellationToken) =>
        writer.WriteAsync(request, async (context, ct) =>
        {
            var errors = new InputErrors();
            var clientId = AccessInput.ClientId(command.ClientId, errors);
            errors.ThrowIfAny();
            AccessPolicy.RequireSystemAdministrator(context.Actor, context.Snapshot.Access, Scopes.AccessWrite);
            var manager = context.Services.GetRequiredService<IOpenIddictApplicationManager>();
            var application = await manager.FindByClientIdAsync(clientId, ct)
                ?? throw new NotFoundException("client", $"clients/{clientId}", $"No client {clientId} is registered.");
            if (await manager.HasClientTypeAsync(application, ClientTypes.Public, ct))
            {
                throw RuleViolations.One("access.public-client", $"clients/{clientId}", "A public client has no secret to rotate.");
            }

            var descriptor = new OpenIddictApplicationDescriptor();
            await manager.PopulateAsync(descriptor, application, ct);
            var secret = NewSecret();
            descriptor.ClientSecret = secret;
            await manager.UpdateAsync(application, descriptor, ct);
            var scopes = descriptor.Permissions.Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal))
                .Select(p => p[Permissions.Prefixes.Scope.Length..]).ToList();
            var result = new ClientResult(clientId, descriptor.DisplayName ?? clientId, scopes, descriptor.RedirectUris.Count > 0, false, secret);
            context.Record(ChangedEntities.Client, clientId, null, AuditJson.Serialize(new { client_id = clientId, secret_rotated = true }));
            return result;
        }, cancellationToken);

    private static OpenIddictApplicationDescriptor Describe(
        string clientId, string displayName, IReadOnlyList<string> scopes, IReadOnlyList<Uri> redirects, IReadOnlyList<Uri> logouts, string? secret)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            DisplayName = displayName,
            ClientType = secret is null ? ClientTypes.Public : ClientTypes.Confidential,
            ConsentType = ConsentTypes.Implicit,
        };
        descriptor.Permissions.Add(Permissions.Endpoints.Token);
        foreach (var scope in scopes)
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        }

        if (redirects.Count == 0)
        {
            descriptor.Permissions.Add(Permissions.GrantTypes.ClientCredentials);
            return descriptor;
        }

        descriptor.Permissions.UnionWith([
            Permissions.Endpoints.Authorization, Permissions.Endpoints.EndSession,
            Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken,
            Permissions.ResponseTypes.Code, Permissions.Scopes.Profile, Permissions.Prefixes.Scope + OpenIddictConstants.Scopes.OfflineAccess,
        ]);
        descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
        descriptor.RedirectUris.UnionWith(redirects);
        descriptor.PostLogoutRedirectUris.UnionWith(logouts);
        return descriptor;
    }

    /// <summary>256 random bits, base64url.</summary>
    private static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Json(ClientResult client, IReadOnlyList<Uri> redirects) => AuditJson.Serialize(new
    {
        client_id = client.ClientId,
        display_name = client.DisplayName,
        scopes = client.Scopes,
        interactive = client.Interactive,
        @public = client.Public,
        redirect_uris = redirects.Select(r => r.ToString()),
    });
}
