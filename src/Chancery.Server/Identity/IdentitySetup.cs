using System.Security.Cryptography.X509Certificates;
using Chancery.Core.Storage;
using Microsoft.AspNetCore.Authentication.Cookies;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Chancery.Server.Identity;

/// <summary>
/// The authorization server (OpenIddict, its stores in Chancery's database), the validation of
/// access tokens for the API, and the sign-in cookie of the server's own sign-in page.
/// </summary>
public static class IdentitySetup
{
    public const string SignInScheme = "Chancery.SignIn";

    public static WebApplicationBuilder AddChanceryIdentity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var section = builder.Configuration.GetSection(IdentityOptions.Section);
        var options = section.Get<IdentityOptions>() ?? new IdentityOptions();
        services.Configure<IdentityOptions>(section);
        var development = builder.Environment.IsDevelopment();
        if (!options.EnforceAccess && !development)
        {
            throw new InvalidOperationException("Chancery:Identity:EnforceAccess=false is refused outside Development.");
        }

        services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<ChanceryDbContext>())
            .AddServer(o =>
            {
                o.SetIssuer(options.Issuer ?? DefaultIssuer(builder.Configuration));
                o.SetTokenEndpointUris("connect/token")
                    .SetAuthorizationEndpointUris("connect/authorize")
                    .SetEndSessionEndpointUris("connect/logout")
                    .SetUserInfoEndpointUris("connect/userinfo");
                o.AllowClientCredentialsFlow()
                    .AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                    .AllowRefreshTokenFlow();
                // S256 only: with 'plain' the challenge is the verifier itself, so whoever sees the
                // authorization request can redeem the code (RFC 9700, 2.1.1). Removing 'plain' also
                // refuses a challenge without a method, which would default to 'plain'.
                o.Configure(server => server.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));
                o.RegisterScopes([.. Core.Access.Scopes.All, OpenIddict.Abstractions.OpenIddictConstants.Scopes.OpenId,
                    OpenIddict.Abstractions.OpenIddictConstants.Scopes.Profile, OpenIddict.Abstractions.OpenIddictConstants.Scopes.OfflineAccess]);
                o.SetAccessTokenLifetime(options.AccessTokenLifetime).SetRefreshTokenLifetime(options.RefreshTokenLifetime);
                o.DisableAccessTokenEncryption();
                AddKeys(o, options, development);
                var aspNetCore = o.UseAspNetCore()
                    .EnableTokenEndpointPassthrough()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough();
                if (development)
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            })
            .AddValidation(o =>
            {
                o.UseLocalServer();
                o.UseAspNetCore();
            });

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = CachedBearerHandler.SchemeName;
                o.DefaultChallengeScheme = CachedBearerHandler.SchemeName;
            })
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, CachedBearerHandler>(CachedBearerHandler.SchemeName, null)
            .AddCookie(SignInScheme, o =>
            {
                o.LoginPath = "/account/login";
                o.Cookie.Name = "chancery.signin";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = false;
            });
        services.AddAuthorization();
        services.AddAntiforgery();
        services.AddSingleton<BearerTokenCache>();
        services.AddSingleton<SignInService>();
        return builder;
    }

    public static WebApplication MapChanceryIdentity(this WebApplication app)
    {
        app.MapTokenEndpoint();
        app.MapAuthorizationEndpoint();
        app.MapEndSessionEndpoint();
        app.MapUserInfoEndpoint();
        app.MapSignInPage();
        return app;
    }

    /// <summary>Development signs with development certificates; elsewhere the certificates must be configured.</summary>
    private static void AddKeys(OpenIddictServerBuilder server, IdentityOptions options, bool development)
    {
        if (development && options.SigningCertificate.Path is null)
        {
            server.AddDevelopmentEncryptionCertificate().AddDevelopmentSigningCertificate();
            return;
        }

        server.AddSigningCertificate(Load(options.SigningCertificate, "SigningCertificate"));
        server.AddEncryptionCertificate(Load(options.EncryptionCertificate, "EncryptionCertificate"));
    }

    private static X509Certificate2 Load(CertificateOptions certificate, string name)
    {
        if (string.IsNullOrEmpty(certificate.Path) || !File.Exists(certificate.Path))
        {
            throw new InvalidOperationException(
                $"Outside Development, Chancery needs {IdentityOptions.Section}:{name}:Path (a PKCS#12 .pfx file) and :Password; " +
                $"'{certificate.Path}' was not found. Development keys are refused here.");
        }

        return X509CertificateLoader.LoadPkcs12FromFile(certificate.Path, certificate.Password, X509KeyStorageFlags.EphemeralKeySet);
    }

    private static Uri DefaultIssuer(IConfiguration configuration) =>
        new(configuration["Kestrel:Endpoints:Http:Url"] is { Length: > 0 } url ? url.TrimEnd('/') + "/" : "http://127.0.0.1:5201/");
}
