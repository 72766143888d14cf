using System.Collections.Concurrent;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Validation.AspNetCore;

namespace Chancery.Server.Identity;

/// <summary>
/// Validated access tokens, kept until they expire so that each call does not verify the same
/// signature again. Only what the token says is cached; grants are looked up on every call.
/// </summary>
public sealed class BearerTokenCache(TimeProvider time)
{
    private const int Capacity = 20_000;
    private readonly ConcurrentDictionary<string, (ClaimsPrincipal Principal, DateTimeOffset Expires)> entries = new(StringComparer.Ordinal);

    public bool TryGet(string token, out ClaimsPrincipal principal)
    {
        principal = null!;
        if (!entries.TryGetValue(token, out var entry))
        {
            return false;
        }

        if (entry.Expires <= time.GetUtcNow())
        {
            entries.TryRemove(token, out _);
            return false;
        }

        principal = entry.Principal;
        return true;
    }

    public void Add(string token, ClaimsPrincipal principal)
    {
        if (principal.GetExpirationDate() is not { } expires)
        {
            return;
        }

        if (entries.Count >= Capacity)
        {
            entries.Clear();
        }

        entries[token] = (principal, expires);
    }
}

/// <summary>The API's authentication: a bearer token, validated by OpenIddict on first sight, then from the cache.</summary>
public sealed class CachedBearerHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, BearerTokenCache cache)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Chancery.Bearer";

    /// <summary>Where the reason of a refused token is left for the gRPC layer.</summary>
    public const string FailureKey = "chancery.auth.failure";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var token = header["Bearer ".Length..].Trim();
        if (cache.TryGet(token, out var cached))
        {
            return AuthenticateResult.Success(new AuthenticationTicket(cached, SchemeName));
        }

        var result = await Context.AuthenticateAsync(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
        if (result.Succeeded && result.Principal is { } principal)
        {
            cache.Add(token, principal);
            return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
        }

        var reason = result.Properties?.GetString(OpenIddictValidationAspNetCoreConstants.Properties.ErrorDescription)
            ?? result.Failure?.Message ?? "The access token is not valid.";
        Context.Items[FailureKey] = reason;
        return AuthenticateResult.Fail(reason);
    }
}
