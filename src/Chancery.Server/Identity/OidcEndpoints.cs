using System.Security.Claims;
using Chancery.Core.Access;
using Chancery.Core.Errors;
using Chancery.Core.Registry;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Chancery.Server.Identity;

/// <summary>
/// The passthrough endpoints of the authorization server: OpenIddict checks the protocol
/// (client, secret, PKCE, redirect, scopes against the client's permissions); these decide who the
/// token is for. The end-session endpoint, given the client's id_token_hint, ends that sign-in:
/// its authorization and tokens are revoked (audited) and its access tokens refused on their next call.
/// </summary>
public static partial class OidcEndpoints
{
    private const string Server = OpenIddictServerAspNetCoreDefaults.AuthenticationScheme;

    public static void MapTokenEndpoint(this WebApplication app) =>
        app.MapPost("/connect/token", async (HttpContext http, IOpenIddictApplicationManager applications, RegistryState registry, CancellationToken ct) =>
        {
            var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
            if (request.IsClientCredentialsGrantType())
            {
                var application = await applications.FindByClientIdAsync(request.ClientId!, ct)
                    ?? throw new InvalidOperationException("OpenIddict authenticated an unknown client.");
                var name = await applications.GetDisplayNameAsync(application, ct) ?? request.ClientId!;
                var identity = ChanceryClaims.NewIdentity(PrincipalKind.Client, request.ClientId!, name, request.GetScopes());
                return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: Server);
            }

            if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
            {
                var result = await http.AuthenticateAsync(Server);
                var subject = result.Principal?.GetClaim(Claims.Subject);
                if (!Guid.TryParse(subject, out var userId) || registry.Current.Access.User(userId) is not { Disabled: false } user)
                {
                    return Forbid(Errors.InvalidGrant, "The account no longer exists or is disabled.");
                }

                var identity = ChanceryClaims.NewIdentity(PrincipalKind.User, user.Id.ToString(), user.UserName, result.Principal!.GetScopes());
                // Every token of one sign-in carries the sign-in's authorization, so that signing out revokes them all.
                identity.SetAuthorizationId(result.Principal!.GetAuthorizationId());
                return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: Server);
            }

            return Forbid(Errors.UnsupportedGrantType, "This grant type is not supported.");
        });

    public static void MapAuthorizationEndpoint(this WebApplication app) =>
        app.MapMethods("/connect/authorize", ["GET", "POST"], async (HttpContext http, RegistryState registry) =>
        {
            var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
            var cookie = await http.AuthenticateAsync(IdentitySetup.SignInScheme);
            var userId = cookie.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
            var user = Guid.TryParse(userId, out var id) ? registry.Current.Access.User(id) : null;
            if (!cookie.Succeeded || user is not { Disabled: false } || request.HasPromptValue(PromptValues.Login))
            {
                if (request.HasPromptValue(PromptValues.None))
                {
                    return Forbid(Errors.LoginRequired, "The user is not signed in.");
                }

                var query = http.Request.HasFormContentType
                    ? QueryString.Create(http.Request.Form.Where(p => p.Key != Parameters.Prompt).Select(p => KeyValuePair.Create(p.Key, (string?)p.Value.ToString())))
                    : QueryString.Create(http.Request.Query.Where(p => p.Key != Parameters.Prompt).Select(p => KeyValuePair.Create(p.Key, (string?)p.Value.ToString())));
                return Results.Challenge(new AuthenticationProperties { RedirectUri = http.Request.PathBase + http.Request.Path + query }, [IdentitySetup.SignInScheme]);
            }

            var identity = ChanceryClaims.NewIdentity(PrincipalKind.User, user.Id.ToString(), user.UserName, request.GetScopes());
            return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: Server);
        });

    public static void MapEndSessionEndpoint(this WebApplication app) =>
        app.MapMethods("/connect/logout", ["GET", "POST"], async (HttpContext http, SessionCommands sessions, ILoggerFactory logs) =>
        {
            // OpenIddict has checked the id_token_hint's signature; its session is the one to end.
            var hint = (await http.AuthenticateAsync(Server)).Principal;
            if (hint?.GetAuthorizationId() is { } authorization && hint.GetClaim(Claims.Subject) is { } subject)
            {
                var actor = new Actor(PrincipalKind.User, subject, hint.GetClaim(Claims.Name) ?? subject, hint.GetPresenters().FirstOrDefault() ?? hint.GetAudiences().FirstOrDefault(), new HashSet<string>());
                try
                {
                    await sessions.EndAsync(new EndSessionCommand(authorization), new WriteRequest("oidc/end-session", actor, "Đăng xuất (sign-out)"), http.RequestAborted);
                }
                catch (DomainException ex)
                {
                    // Signed out already, or a session that no longer exists: the sign-out goes on.
                    LogNotEnded(logs.CreateLogger(typeof(OidcEndpoints)), authorization, ex.Message);
                }
            }

            await http.SignOutAsync(IdentitySetup.SignInScheme);
            return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [Server]);
        });

    [LoggerMessage(Level = LogLevel.Information, Message = "Sign-out did not end the session {Authorization}: {Reason}")]
    private static partial void LogNotEnded(ILogger logger, string authorization, string reason);

    public static void MapUserInfoEndpoint(this WebApplication app) =>
        app.MapMethods("/connect/userinfo", ["GET", "POST"], async (HttpContext http, RegistryState registry) =>
        {
            var result = await http.AuthenticateAsync(Server);
            if (!Guid.TryParse(result.Principal?.GetClaim(Claims.Subject), out var id) || registry.Current.Access.User(id) is not { } user)
            {
                return Results.Challenge(new AuthenticationProperties(new Dictionary<string, string?>
                {
                    [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.InvalidToken,
                    [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The token is not a person's.",
                }), [Server]);
            }

            var grants = registry.Current.Access.GrantsOf(PrincipalKind.User, user.Id.ToString());
            return Results.Ok(new Dictionary<string, object?>
            {
                [Claims.Subject] = user.Id.ToString(),
                [Claims.Name] = user.DisplayName,
                [Claims.PreferredUsername] = user.UserName,
                ["chancery_roles"] = grants.Select(g => g.UnitId is { } unit ? $"{g.Role}:{unit}" : g.Role.ToString()).ToArray(),
            });
        });

    private static IResult Forbid(string error, string description) =>
        Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }), [Server]);
}
