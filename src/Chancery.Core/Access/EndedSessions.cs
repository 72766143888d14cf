using Chancery.Core.Storage;
using Microsoft.EntityFrameworkCore;
using OpenIddict.EntityFrameworkCore.Models;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Chancery.Core.Access;

/// <summary>
/// The sign-in sessions ended by a sign-out whose access tokens may still be within their
/// lifetime. Access tokens are validated locally (signature and lifetime), so the access
/// interceptor asks the read model whether a token's session has ended. A session is pruned from
/// the set once its last access token expired before the newest token the server issued: the
/// newest token is no later than now, so a pruned session has no token left that could pass.
/// </summary>
internal static class EndedSessions
{
    private static readonly string[] AccessTokenTypes = [TokenTypeIdentifiers.AccessToken, TokenTypeHints.AccessToken];

    public static async Task<List<string>> LoadAsync(ChanceryDbContext db, CancellationToken cancellationToken)
    {
        var tokens = db.Set<OpenIddictEntityFrameworkCoreToken>().AsNoTracking();
        var newest = await tokens.MaxAsync(t => t.CreationDate, cancellationToken);
        return await db.Set<OpenIddictEntityFrameworkCoreAuthorization>().AsNoTracking()
            .Where(a => a.Status == Statuses.Revoked)
            .Where(a => a.Tokens.Any(t => AccessTokenTypes.Contains(t.Type) && (newest == null || t.ExpirationDate == null || t.ExpirationDate > newest)))
            .Select(a => a.Id!)
            .ToListAsync(cancellationToken);
    }
}
