using System.Security.Claims;
using Chancery.Core.Access;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Chancery.Server.Identity;

/// <summary>The claims Chancery puts into tokens, and the actor read back from them.</summary>
public static class ChanceryClaims
{
    /// <summary>user or client.</summary>
    public const string PrincipalKind = "chancery_principal_kind";

    public static ClaimsIdentity NewIdentity(Core.Access.PrincipalKind kind, string subject, string name, IEnumerable<string> scopes)
    {
        var identity = new ClaimsIdentity(authenticationType: "Chancery", nameType: Claims.Name, roleType: Claims.Role);
        identity.SetClaim(Claims.Subject, subject);
        identity.SetClaim(Claims.Name, name);
        identity.SetClaim(PrincipalKind, kind == Core.Access.PrincipalKind.User ? "user" : "client");
        identity.SetScopes(scopes);
        identity.SetDestinations(Destinations);
        return identity;
    }

    /// <summary>Everything goes into the access token; the name also into the identity token when "profile" was asked for.</summary>
    private static IEnumerable<string> Destinations(Claim claim) => claim.Type switch
    {
        Claims.Name when claim.Subject?.HasScope(OpenIddictConstants.Scopes.Profile) == true => [OpenIddictConstants.Destinations.AccessToken, OpenIddictConstants.Destinations.IdentityToken],
        Claims.Subject => [OpenIddictConstants.Destinations.AccessToken, OpenIddictConstants.Destinations.IdentityToken],
        _ => [OpenIddictConstants.Destinations.AccessToken],
    };

    /// <summary>The actor of a validated access token.</summary>
    public static Actor ToActor(ClaimsPrincipal principal)
    {
        var kind = principal.GetClaim(PrincipalKind) == "user" ? Core.Access.PrincipalKind.User : Core.Access.PrincipalKind.Client;
        var subject = principal.GetClaim(Claims.Subject) ?? "";
        var clientId = principal.GetClaim(Claims.ClientId) ?? principal.GetClaim(Claims.AuthorizedParty) ?? (kind == Core.Access.PrincipalKind.Client ? subject : null);
        return new Actor(kind, subject, principal.GetClaim(Claims.Name) ?? subject, clientId, principal.GetScopes().ToHashSet(StringComparer.Ordinal));
    }
}
