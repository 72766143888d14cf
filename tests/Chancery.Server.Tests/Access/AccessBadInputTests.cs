using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using AccessClient = Chancery.V1.Access.AccessClient;

namespace Chancery.Server.Tests.Access;

/// <summary>
/// Every RPC of the Access service answers bad input INVALID_ARGUMENT naming the field, and an id
/// that names nothing NOT_FOUND; never INTERNAL; nothing stored. (PostgreSQL refuses a NUL in a
/// text parameter, so an id with a NUL that reached a query came back INTERNAL there.)
/// </summary>
public abstract class AccessBadInputTests(HostFixture fixture)
{
    private const string Nul = "abc\u0000def";

    private static readonly string NewId = Guid.NewGuid().ToString();

    private static readonly Dictionary<string, (Func<AccessClient, Task> Call, string[] Fields)> Invalid = new()
    {
        ["RotateClientSecret {}"] = (c => c.RotateClientSecretAsync(new()).ResponseAsync, ["client_id"]),
        ["RotateClientSecret spaces"] = (c => c.RotateClientSecretAsync(new() { ClientId = "   " }).ResponseAsync, ["client_id"]),
        ["RotateClientSecret inner space"] = (c => c.RotateClientSecretAsync(new() { ClientId = "a client" }).ResponseAsync, ["client_id"]),
        ["RotateClientSecret NUL"] = (c => c.RotateClientSecretAsync(new() { ClientId = Nul }).ResponseAsync, ["client_id"]),
        ["RotateClientSecret 10000 chars"] = (c => c.RotateClientSecretAsync(new() { ClientId = new string('a', 10_000) }).ResponseAsync, ["client_id"]),
        ["SetUserPassword {}"] = (c => c.SetUserPasswordAsync(new()).ResponseAsync, ["user_id"]),
        ["SetUserPassword malformed"] = (c => c.SetUserPasswordAsync(new() { UserId = Nul }).ResponseAsync, ["user_id"]),
        ["SetUserDisabled {}"] = (c => c.SetUserDisabledAsync(new() { Disabled = true }).ResponseAsync, ["user_id"]),
        ["RevokeGrant {}"] = (c => c.RevokeGrantAsync(new()).ResponseAsync, ["grant_id"]),
        ["RevokeGrant malformed"] = (c => c.RevokeGrantAsync(new() { GrantId = "grant-1" }).ResponseAsync, ["grant_id"]),
        ["GrantRole {}"] = (c => c.GrantRoleAsync(new()).ResponseAsync, ["principal_kind", "principal_id", "role"]),
        ["GrantRole unknown kind"] = (c => c.GrantRoleAsync(new() { PrincipalKind = (PrincipalKind)7, PrincipalId = NewId, Role = Role.Viewer }).ResponseAsync, ["principal_kind"]),
        ["GrantRole unknown role"] = (c => c.GrantRoleAsync(new() { PrincipalKind = PrincipalKind.User, PrincipalId = NewId, Role = (Role)99 }).ResponseAsync, ["role"]),
        ["GrantRole user id not a UUID"] = (c => c.GrantRoleAsync(new() { PrincipalKind = PrincipalKind.User, PrincipalId = "matrix.viewer", Role = Role.Viewer }).ResponseAsync, ["principal_id"]),
        ["GrantRole client id NUL"] = (c => c.GrantRoleAsync(new() { PrincipalKind = PrincipalKind.Client, PrincipalId = Nul, Role = Role.Viewer }).ResponseAsync, ["principal_id"]),
        ["GrantRole malformed unit"] = (c => c.GrantRoleAsync(new() { PrincipalKind = PrincipalKind.User, PrincipalId = NewId, Role = Role.UnitAdministrator, UnitId = "H30" }).ResponseAsync, ["unit_id"]),
        ["ListGrants unknown kind"] = (c => c.ListGrantsAsync(new() { PrincipalKind = (PrincipalKind)7 }).ResponseAsync, ["principal_kind"]),
        ["ListGrants principal NUL"] = (c => c.ListGrantsAsync(new() { PrincipalId = Nul }).ResponseAsync, ["principal_id"]),
        ["ListGrants negative page"] = (c => c.ListGrantsAsync(new() { PageSize = -1 }).ResponseAsync, ["page_size"]),
        ["ListGrants malformed token"] = (c => c.ListGrantsAsync(new() { PageToken = "next" }).ResponseAsync, ["page_token"]),
        ["ListUsers huge page"] = (c => c.ListUsersAsync(new() { PageSize = 5000 }).ResponseAsync, ["page_size"]),
        ["ListUsers malformed token"] = (c => c.ListUsersAsync(new() { PageToken = Nul }).ResponseAsync, ["page_token"]),
        ["CreateUser {}"] = (c => c.CreateUserAsync(new()).ResponseAsync, ["user_name", "display_name"]),
        ["CreateUser short password"] = (c => c.CreateUserAsync(new() { UserName = "short.pw", DisplayName = "Mật khẩu ngắn", Password = "123" }).ResponseAsync, ["password"]),
        ["RegisterClient {}"] = (c => c.RegisterClientAsync(new()).ResponseAsync, ["client_id", "display_name"]),
        ["RegisterClient NUL id"] = (c => c.RegisterClientAsync(new() { ClientId = Nul, DisplayName = "Hệ thống" }).ResponseAsync, ["client_id"]),
        ["RegisterClient unknown scope"] = (c => c.RegisterClientAsync(new() { ClientId = "bad-scope", DisplayName = "Hệ thống", Scopes = { "everything" } }).ResponseAsync, ["scopes"]),
        ["RegisterClient script redirect"] = (c => c.RegisterClientAsync(new() { ClientId = "bad-redirect", DisplayName = "Hệ thống", RedirectUris = { "javascript:alert(1)" } }).ResponseAsync, ["redirect_uris"]),
        ["RegisterClient public machine"] = (c => c.RegisterClientAsync(new() { ClientId = "public-machine", DisplayName = "Hệ thống", Public = true }).ResponseAsync, ["public"]),
    };

    private static readonly Dictionary<string, Func<AccessClient, Task>> Unknown = new()
    {
        ["RotateClientSecret"] = c => c.RotateClientSecretAsync(new() { ClientId = "no-such-client" }).ResponseAsync,
        ["SetUserPassword"] = c => c.SetUserPasswordAsync(new() { UserId = NewId }).ResponseAsync,
        ["SetUserDisabled"] = c => c.SetUserDisabledAsync(new() { UserId = NewId, Disabled = true }).ResponseAsync,
        ["RevokeGrant"] = c => c.RevokeGrantAsync(new() { GrantId = NewId }).ResponseAsync,
        ["GrantRole user"] = c => c.GrantRoleAsync(new() { PrincipalKind = PrincipalKind.User, PrincipalId = NewId, Role = Role.Viewer }).ResponseAsync,
        ["GrantRole client"] = c => c.GrantRoleAsync(new() { PrincipalKind = PrincipalKind.Client, PrincipalId = "no-such-client", Role = Role.Viewer }).ResponseAsync,
    };

    public static TheoryData<string> InvalidCases => [.. Invalid.Keys];

    public static TheoryData<string> UnknownCases => [.. Unknown.Keys];

    private ChanceryHost Host => fixture.Host;

    [Fact]
    public async Task RotateClientSecret_Empty_InvalidArgumentOnClientId()
    {
        var badRequest = await RpcAssert.InvalidArgument(() => Host.Access.RotateClientSecretAsync(new RotateClientSecretRequest()).ResponseAsync, "client_id");

        Assert.Contains("client id", Assert.Single(badRequest.FieldViolations).Description);
    }

    [Theory]
    [MemberData(nameof(InvalidCases), MemberType = typeof(AccessBadInputTests))]
    public async Task AccessRpc_BadInput_InvalidArgumentNamingTheFieldAndNothingStored(string name)
    {
        var (call, fields) = Invalid[name];
        var before = await StoreCounts.ReadAsync(Host);

        await RpcAssert.InvalidArgument(() => call(Host.Access), fields);

        Assert.Equal(before, await StoreCounts.ReadAsync(Host));
    }

    [Theory]
    [MemberData(nameof(UnknownCases), MemberType = typeof(AccessBadInputTests))]
    public async Task AccessRpc_UnknownId_NotFoundAndNothingStored(string name)
    {
        var before = await StoreCounts.ReadAsync(Host);

        await RpcAssert.NotFound(() => Unknown[name](Host.Access));

        Assert.Equal(before, await StoreCounts.ReadAsync(Host));
    }

    [Fact]
    public async Task GrantRole_UserIdInUpperCase_StoredInCanonicalFormAndEffective()
    {
        var user = await Host.Tokens.CreateUserAsync("upper.case.grant");

        var grant = await Host.Access.GrantRoleAsync(new GrantRoleRequest
        {
            PrincipalKind = PrincipalKind.User, PrincipalId = user.Id.ToString().ToUpperInvariant(), Role = Role.Viewer, Reason = "Chữ hoa",
        });
        var listed = await Host.Access.ListGrantsAsync(new ListGrantsRequest { PrincipalId = user.Id.ToString() });

        Assert.Equal(user.Id.ToString(), grant.Grant.PrincipalId);
        Assert.Equal(grant.Grant.Id, Assert.Single(listed.Grants).Id);
    }
}

public sealed class AccessBadInputSqliteTests(SqliteFixture fixture) : AccessBadInputTests(fixture), IClassFixture<SqliteFixture>;

public sealed class AccessBadInputPostgresTests(PostgresFixture fixture) : AccessBadInputTests(fixture), IClassFixture<PostgresFixture>;
