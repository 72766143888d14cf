using Chancery.Core.Access;
using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using Grpc.Core;

namespace Chancery.Server.Tests.Access;

/// <summary>
/// The controls of the matrix's token columns: the forged token is refused for its key alone
/// (the same forgery signed by the server's key passes), and a token stops working when its 30
/// minutes are over, not before, even once cached.
/// </summary>
public sealed class TokenValidationTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    private ChanceryHost Host => fixture.Host;

    private Task<GetUnitResponse> Read(string token, Unit unit) =>
        new V1.Units.UnitsClient(Host.With(token)).GetUnitAsync(new GetUnitRequest { Id = unit.Id }).ResponseAsync;

    private async Task<string> FreshAdministratorTokenAsync()
    {
        var secret = await Host.Tokens.RegisterClientAsync("token-checks", Scopes.All, Core.Access.Role.SystemAdministrator);
        return await Host.Tokens.ClientCredentialsAsync("token-checks", secret, Scopes.All);
    }

    [Fact]
    public async Task AccessToken_Claims_IssuerAndSubjectAndScopes()
    {
        var token = await FreshAdministratorTokenAsync();

        var claims = ForeignTokens.Claims(token);
        Assert.Equal("http://localhost/", claims["iss"]!.GetValue<string>());
        Assert.Equal("token-checks", claims["sub"]!.GetValue<string>());
        Assert.Equal("at+jwt", ForeignTokens.Header(token)["typ"]!.GetValue<string>());
        var lifetime = claims["exp"]!.GetValue<long>() - claims["iat"]!.GetValue<long>();
        Assert.Equal(30 * 60, lifetime);
    }

    [Fact]
    public async Task ForgedToken_SignedByServerKey_Accepted()
    {
        var root = await Host.Units.CreateRootAsync();
        var forged = ForeignTokens.SignWithServerKey(await FreshAdministratorTokenAsync());

        var response = await Read(forged, root);

        Assert.Equal(root.Id, response.Unit.Id);
    }

    [Fact]
    public async Task ForgedToken_SignedByOtherKey_Unauthenticated()
    {
        var root = await Host.Units.CreateRootAsync();
        var forged = ForeignTokens.SignWithNewKey(await FreshAdministratorTokenAsync());

        var error = await RpcAssert.Fails(StatusCode.Unauthenticated, () => Read(forged, root));

        Assert.StartsWith("The access token was refused", error.Status.Detail);
    }

    [Fact]
    public async Task AccessToken_BeforeAndAfterLifetime_AcceptedThenUnauthenticated()
    {
        var root = await Host.Units.CreateRootAsync();
        var token = await FreshAdministratorTokenAsync();
        var now = Host.Clock.GetUtcNow();
        try
        {
            await Read(token, root);
            Host.Clock.Set(now + TimeSpan.FromMinutes(29));
            await Read(token, root);
            Host.Clock.Set(now + TimeSpan.FromMinutes(31));

            var error = await RpcAssert.Fails(StatusCode.Unauthenticated, () => Read(token, root));

            Assert.StartsWith("The access token was refused", error.Status.Detail);
        }
        finally
        {
            Host.Clock.Set(now);
        }
    }

    [Fact]
    public async Task Call_GarbageBearer_Unauthenticated()
    {
        var root = await Host.Units.CreateRootAsync();

        await RpcAssert.Fails(StatusCode.Unauthenticated, () => Read("not-a-token", root));
    }
}
