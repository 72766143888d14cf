using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Chancery.Portal.Setup;

/// <summary>
/// People sign in on Chancery's own authorization server (authorization code with PKCE), the
/// portal keeps their tokens in its cookie session and calls the API with them.
/// </summary>
public static class SignInSetup
{
    /// <summary>What the portal asks for: every API scope the portal uses, and a refresh token.</summary>
    public static readonly string[] Scopes =
    [
        "openid", "profile", "offline_access", "hierarchy.read", "hierarchy.write", "positions.read", "positions.write",
        "delegations.read", "delegations.write", "audit.read", "access.read", "access.write",
    ];

    /// <summary>The roles from the server's userinfo, e.g. <c>UnitAdministrator:&lt;unit id&gt;</c>.</summary>
    public const string RoleClaim = "chancery_roles";

    public static WebApplicationBuilder AddPortalSignIn(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(PortalOptions.Section);
        var portal = section.Get<PortalOptions>() ?? new PortalOptions();
        builder.Services.Configure<PortalOptions>(section);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddHttpClient(UserTokens.HttpClientName);
        builder.Services.AddScoped<UserTokens>();
        builder.Services.AddAntiforgery(o => o.Cookie.Name = "chancery.portal.af");

        builder.Services.AddAuthentication(o =>
            {
                o.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                o.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(o =>
            {
                // The server on the same host keeps its own sign-in cookie: another name.
                o.Cookie.Name = "chancery.portal";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = false;
            })
            .AddOpenIdConnect(o =>
            {
                o.Authority = portal.Authority;
                o.RequireHttpsMetadata = !portal.AuthorityOnLoopback;
                o.ClientId = portal.ClientId;
                o.ClientSecret = string.IsNullOrEmpty(portal.ClientSecret) ? null : portal.ClientSecret;
                o.ResponseType = OpenIdConnectResponseType.Code;
                o.ResponseMode = OpenIdConnectResponseMode.Query;
                o.UsePkce = true;
                o.SaveTokens = true;
                o.GetClaimsFromUserInfoEndpoint = true;
                o.MapInboundClaims = false;
                o.TokenValidationParameters.NameClaimType = "name";
                o.Scope.Clear();
                foreach (var scope in Scopes)
                {
                    o.Scope.Add(scope);
                }

                o.ClaimActions.Add(new RolesClaimAction());
                // Plain HTTP on loopback: SameSite=None would need Secure; the callback is a same-site GET.
                o.CorrelationCookie.SameSite = SameSiteMode.Lax;
                o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.NonceCookie.SameSite = SameSiteMode.Lax;
                o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.Events.OnRedirectToIdentityProviderForSignOut = context =>
                {
                    context.ProtocolMessage.IdTokenHint ??= context.Properties.GetParameter<string>(OpenIdConnectParameterNames.IdTokenHint);
                    return Task.CompletedTask;
                };
                o.Events.OnRedirectToIdentityProvider = context =>
                {
                    context.ProtocolMessage.UiLocales = Languages.Current.Name;
                    return Task.CompletedTask;
                };
            });
        return builder;
    }

    /// <summary>Sign-in and sign-out as two endpoints: the page links to them.</summary>
    public static WebApplication MapPortalAccount(this WebApplication app)
    {
        app.MapGet("/account/sign-in", (string? returnUrl) =>
            Results.Challenge(new AuthenticationProperties { RedirectUri = LocalOrHome(returnUrl) }, [OpenIdConnectDefaults.AuthenticationScheme]))
            .AllowAnonymous();
        app.MapPost("/account/sign-out", async (HttpContext http) =>
            {
                // The server ends the session the id_token_hint names: its tokens stop working at once.
                var idToken = await http.GetTokenAsync(CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectParameterNames.IdToken);
                await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                var properties = new AuthenticationProperties { RedirectUri = "/account/signed-out" };
                properties.SetParameter(OpenIdConnectParameterNames.IdTokenHint, idToken);
                return Results.SignOut(properties, [OpenIdConnectDefaults.AuthenticationScheme]);
            })
            .RequireAuthorization();
        if (app.Environment.IsDevelopment())
        {
            // Development only: the signed-in person's own access token, for trying the API by hand and for the browser tests.
            app.MapGet("/account/token", async (UserTokens tokens, CancellationToken ct) => Results.Text(await tokens.AccessTokenAsync(ct) ?? ""))
                .RequireAuthorization();
        }

        return app;
    }

    private static string LocalOrHome(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal) ? url : "/";

    /// <summary>The userinfo's <c>chancery_roles</c> array, one claim per role.</summary>
    private sealed class RolesClaimAction() : Microsoft.AspNetCore.Authentication.OAuth.Claims.ClaimAction(RoleClaim, ClaimValueTypes.String)
    {
        public override void Run(JsonElement userData, ClaimsIdentity identity, string issuer)
        {
            if (userData.TryGetProperty(RoleClaim, out var roles) && roles.ValueKind == JsonValueKind.Array)
            {
                foreach (var role in roles.EnumerateArray())
                {
                    identity.AddClaim(new Claim(RoleClaim, role.GetString() ?? "", ValueType, issuer));
                }
            }
        }
    }
}
