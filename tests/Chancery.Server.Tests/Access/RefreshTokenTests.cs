using System.Net;
using Chancery.Core.Access;
using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;

namespace Chancery.Server.Tests.Access;

/// <summary>The portal's refresh token: a new access token for the same person, refused once the person is disabled.</summary>
public abstract class RefreshTokenTests(HostFixture fixture)
{
    private ChanceryHost Host => fixture.Host;

    private async Task<GetUnitResponse> ReadAsync(string token, Unit unit) =>
        await new V1.Units.UnitsClient(Host.With(token)).GetUnitAsync(new GetUnitRequest { Id = unit.Id });

    [Fact]
    public async Task Refresh_SignedInPerson_NewAccessTokenThatWorks()
    {
        var root = await Host.Units.CreateRootAsync();
        var user = await Host.Tokens.CreateUserAsync("refresh.user", Core.Access.Role.Viewer);
        var signedIn = await Host.Tokens.SignInAsync("refresh.user", user.Password, [Scopes.HierarchyRead]);

        var refreshed = await Host.Tokens.RefreshAsync(signedIn.RefreshToken);

        Assert.NotEqual(signedIn.AccessToken, refreshed.AccessToken);
        Assert.Equal(user.Id.ToString(), ForeignTokens.Claims(refreshed.AccessToken)["sub"]!.GetValue<string>());
        Assert.Equal(root.Id, (await ReadAsync(refreshed.AccessToken, root)).Unit.Id);
    }

    [Fact]
    public async Task Refresh_DisabledUser_InvalidGrant()
    {
        var root = await Host.Units.CreateRootAsync();
        var user = await Host.Tokens.CreateUserAsync("disabled.user", Core.Access.Role.Viewer);
        var signedIn = await Host.Tokens.SignInAsync("disabled.user", user.Password, [Scopes.HierarchyRead]);
        await ReadAsync(signedIn.AccessToken, root);

        await Host.Access.SetUserDisabledAsync(new SetUserDisabledRequest { UserId = user.Id.ToString(), Disabled = true, Reason = "Nghỉ hưu" });
        using var portal = new SignInBrowser(Host);
        var (status, json) = await portal.RefreshAsync(signedIn.RefreshToken);
        var denial = await Denial.Of(() => ReadAsync(signedIn.AccessToken, root));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_grant", json.GetProperty("error").GetString());
        Assert.False(json.TryGetProperty("access_token", out _));
        Assert.Equal(("DISABLED", "sign-in"), (denial.Reason, denial.Permission));
    }

    [Fact]
    public async Task SignIn_DisabledUser_Refused()
    {
        var user = await Host.Tokens.CreateUserAsync("disabled.early", Core.Access.Role.Viewer);
        await Host.Access.SetUserDisabledAsync(new SetUserDisabledRequest { UserId = user.Id.ToString(), Disabled = true });

        var refused = await Assert.ThrowsAsync<SignInFailedException>(() => Host.Tokens.SignInAsync("disabled.early", user.Password, [Scopes.HierarchyRead]));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
    }
}

public sealed class RefreshTokenSqliteTests(SqliteFixture fixture) : RefreshTokenTests(fixture), IClassFixture<SqliteFixture>;

public sealed class RefreshTokenPostgresTests(PostgresFixture fixture) : RefreshTokenTests(fixture), IClassFixture<PostgresFixture>;
