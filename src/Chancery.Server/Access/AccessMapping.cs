using System.Globalization;
using Chancery.Core.Access;

namespace Chancery.Server.Access;

/// <summary>Hand-written mapping between access entities and the contract's messages.</summary>
public static class AccessMapping
{
    public static V1.User ToMessage(this User user) => new()
    {
        Id = user.Id.ToString(),
        UserName = user.UserName,
        DisplayName = user.DisplayName,
        Disabled = user.Disabled,
        LockedUntil = Utc(user.LockedUntil),
    };

    public static V1.Grant ToMessage(this RoleGrant grant) => new()
    {
        Id = grant.Id.ToString(),
        PrincipalKind = grant.PrincipalKind == PrincipalKind.User ? V1.PrincipalKind.User : V1.PrincipalKind.Client,
        PrincipalId = grant.PrincipalId,
        Role = (V1.Role)(int)grant.Role,
        UnitId = grant.UnitId?.ToString() ?? "",
        GrantedAt = Utc(grant.GrantedAt),
        GrantedBy = grant.GrantedBy,
        RevokedAt = Utc(grant.RevokedAt),
    };

    public static V1.Client ToMessage(this ClientResult client)
    {
        var message = new V1.Client { ClientId = client.ClientId, DisplayName = client.DisplayName, Interactive = client.Interactive, Public = client.Public };
        message.Scopes.AddRange(client.Scopes);
        return message;
    }

    public static PrincipalKind ToCore(this V1.PrincipalKind kind) => kind switch
    {
        V1.PrincipalKind.User => PrincipalKind.User,
        V1.PrincipalKind.Client => PrincipalKind.Client,
        _ => 0,
    };

    public static string Utc(DateTime? value) =>
        value is { } v ? DateTime.SpecifyKind(v, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture) : "";
}
