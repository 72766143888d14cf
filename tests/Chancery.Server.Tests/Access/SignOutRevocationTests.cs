using System.Net;
using Chancery.Core.Access;
using Chancery.Core.Registry;
using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Chancery.Server.Tests.Access;

/// <summary>
/// Sign-out revokes: the end-session endpoint, given the portal's id_token_hint, revokes that
/// sign-in's authorization and tokens (audited); its access token, though within its 30 minutes,
/// is refused on the next call, and its refresh token no longer refreshes.
/// </summary>
public abstract class SignOutRevocationTests(HostFixture fixture)
{
    private ChanceryHost Host => fixture.Host;

    private Task<GetUnitResponse> Read(string token, Unit unit) =>
        new V1.Units.UnitsClient(Host.With(token)).GetUnitAsync(new GetUnitRequest { Id = unit.Id }).ResponseAsync;

    private async Task<(Guid Id, TokenSet Tokens)> SignInAsync(string prefix)
    {
        var name = $"{prefix}.{Guid.NewGuid():N}"[..30];
        var user = await Host.Tokens.CreateUserAsync(name, Core.Access.Role.Viewer);
        return (user.Id, await Host.Tokens.SignInAsync(name, user.Password, [Scopes.HierarchyRead, "profile"]));
    }

    private async Task<HttpStatusCode> SignOutAsync(string? idTokenHint)
    {
        using var http = Host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await http.GetAsync("/connect/logout" + (idTokenHint is null ? "" : "?id_token_hint=" + Uri.EscapeDataString(idTokenHint)));
        return response.StatusCode;
    }

    [Fact]
    public async Task SignOut_WithIdTokenHint_AccessTokenUnauthenticatedOnNextCall()
    {
        var root = await Host.Units.CreateRootAsync();
        var (_, tokens) = await SignInAsync("signout");
        await Read(tokens.AccessToken, root);

        Assert.Equal(HttpStatusCode.Redirect, await SignOutAsync(tokens.IdToken));
        var error = await RpcAssert.Fails(StatusCode.Unauthenticated, () => Read(tokens.AccessToken, root));

        Assert.Contains("sign-out", error.Status.Detail);
    }

    [Fact]
    public async Task SignOut_WithIdTokenHint_RefreshTokenRefusedAndRefreshedAccessTokenToo()
    {
        var root = await Host.Units.CreateRootAsync();
        var (_, tokens) = await SignInAsync("signout.refresh");
        var refreshed = await Host.Tokens.RefreshAsync(tokens.RefreshToken);
        await Read(refreshed.AccessToken, root);

        await SignOutAsync(tokens.IdToken);
        using var portal = new SignInBrowser(Host);
        var (status, json) = await portal.RefreshAsync(refreshed.RefreshToken);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_grant", json.GetProperty("error").GetString());
        await RpcAssert.Fails(StatusCode.Unauthenticated, () => Read(refreshed.AccessToken, root));
    }

    [Fact]
    public async Task SignOut_WithoutHint_TokenStillWorks()
    {
        var root = await Host.Units.CreateRootAsync();
        var (_, tokens) = await SignInAsync("signout.nohint");

        await SignOutAsync(null);

        Assert.Equal(root.Id, (await Read(tokens.AccessToken, root)).Unit.Id);
    }

    [Fact]
    public async Task SignOut_OneSession_OtherSessionOfTheSamePersonStillWorks()
    {
        var root = await Host.Units.CreateRootAsync();
        var name = $"signout.two.{Guid.NewGuid():N}"[..30];
        var user = await Host.Tokens.CreateUserAsync(name, Core.Access.Role.Viewer);
        var first = await Host.Tokens.SignInAsync(name, user.Password, [Scopes.HierarchyRead]);
        var second = await Host.Tokens.SignInAsync(name, user.Password, [Scopes.HierarchyRead]);

        await SignOutAsync(first.IdToken);

        await RpcAssert.Fails(StatusCode.Unauthenticated, () => Read(first.AccessToken, root));
        Assert.Equal(root.Id, (await Read(second.AccessToken, root)).Unit.Id);
    }

    [Fact]
    public async Task SignOut_IsAudited_AsThePersonOnTheSession()
    {
        var (userId, tokens) = await SignInAsync("signout.audit");
        var session = ForeignTokens.Claims(tokens.AccessToken)["oi_au_id"]!.GetValue<string>();

        await SignOutAsync(tokens.IdToken);
        var entries = (await Host.Audit.ListAuditEntriesAsync(new ListAuditEntriesRequest { EntityKind = "authorization", EntityId = session })).Entries;

        var entry = Assert.Single(entries);
        Assert.Equal(("user", userId.ToString(), "oidc/end-session"), (entry.ActorKind, entry.ActorId, entry.Operation));
        Assert.Contains("\"revoked\"", entry.After);
        Assert.Contains("\"valid\"", entry.Before);
    }

    [Fact]
    public async Task SignOut_Twice_SecondChangesNothing()
    {
        var (_, tokens) = await SignInAsync("signout.twice");
        var session = ForeignTokens.Claims(tokens.AccessToken)["oi_au_id"]!.GetValue<string>();
        await SignOutAsync(tokens.IdToken);

        Assert.Equal(HttpStatusCode.Redirect, await SignOutAsync(tokens.IdToken));

        var entries = (await Host.Audit.ListAuditEntriesAsync(new ListAuditEntriesRequest { EntityKind = "authorization", EntityId = session })).Entries;
        Assert.Single(entries);
    }

    [Fact]
    public async Task EndSession_AnotherPersonsSession_PermissionDeniedNothingRevoked()
    {
        var root = await Host.Units.CreateRootAsync();
        var (_, tokens) = await SignInAsync("signout.victim");
        var session = ForeignTokens.Claims(tokens.AccessToken)["oi_au_id"]!.GetValue<string>();
        var other = new Actor(Core.Access.PrincipalKind.User, Guid.NewGuid().ToString(), "someone else", null, new HashSet<string>());

        await Assert.ThrowsAsync<Core.Errors.PermissionDeniedException>(() => Host.Services.GetRequiredService<SessionCommands>()
            .EndAsync(new EndSessionCommand(session), new WriteRequest("oidc/end-session", other, null), default));

        Assert.Equal(root.Id, (await Read(tokens.AccessToken, root)).Unit.Id);
    }
}

public sealed class SignOutRevocationSqliteTests(SqliteFixture fixture) : SignOutRevocationTests(fixture), IClassFixture<SqliteFixture>;

public sealed class SignOutRevocationPostgresTests(PostgresFixture fixture) : SignOutRevocationTests(fixture), IClassFixture<PostgresFixture>;

/// <summary>
/// The set of ended sessions forgets a session once its access tokens have expired. Its own
/// database: it moves the clock forward, and what it stores then would prune the other tests' sessions.
/// </summary>
public abstract class EndedSessionPruningTests(HostFixture fixture)
{
    private ChanceryHost Host => fixture.Host;

    private async Task<TokenSet> SignInAsync(string prefix)
    {
        var name = $"{prefix}.{Guid.NewGuid():N}"[..30];
        var user = await Host.Tokens.CreateUserAsync(name, Core.Access.Role.Viewer);
        return await Host.Tokens.SignInAsync(name, user.Password, [Scopes.HierarchyRead]);
    }

    private async Task SignOutAsync(string idTokenHint)
    {
        using var http = Host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await http.GetAsync("/connect/logout?id_token_hint=" + Uri.EscapeDataString(idTokenHint));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task EndedSessions_AfterTheirAccessTokensExpired_ArePruned()
    {
        var root = await Host.Units.CreateRootAsync();
        var tokens = await SignInAsync("signout.prune");
        var session = ForeignTokens.Claims(tokens.AccessToken)["oi_au_id"]!.GetValue<string>();
        await SignOutAsync(tokens.IdToken);
        Assert.True(Host.Services.GetRequiredService<RegistryState>().Current.Access.IsSessionEnded(session));
        var now = Host.Clock.GetUtcNow();
        try
        {
            // Within the access token's 30 minutes, another sign-out keeps it in the set.
            Host.Clock.Set(now + TimeSpan.FromMinutes(29));
            await SignOutAsync((await SignInAsync("signout.keep")).IdToken);
            Assert.True(Host.Services.GetRequiredService<RegistryState>().Current.Access.IsSessionEnded(session));
            await RpcAssert.Fails(StatusCode.Unauthenticated, () => new V1.Units.UnitsClient(Host.With(tokens.AccessToken)).GetUnitAsync(new GetUnitRequest { Id = root.Id }).ResponseAsync);

            // Past them, the next sign-out reloads the set without it.
            Host.Clock.Set(now + TimeSpan.FromMinutes(31));
            var later = await SignInAsync("signout.prune2");
            await SignOutAsync(later.IdToken);

            var access = Host.Services.GetRequiredService<RegistryState>().Current.Access;
            Assert.False(access.IsSessionEnded(session));
            Assert.True(access.IsSessionEnded(ForeignTokens.Claims(later.AccessToken)["oi_au_id"]!.GetValue<string>()));
        }
        finally
        {
            Host.Clock.Set(now);
        }
    }
}

public sealed class EndedSessionPruningSqliteTests(SqliteFixture fixture) : EndedSessionPruningTests(fixture), IClassFixture<SqliteFixture>;

public sealed class EndedSessionPruningPostgresTests(PostgresFixture fixture) : EndedSessionPruningTests(fixture), IClassFixture<PostgresFixture>;
