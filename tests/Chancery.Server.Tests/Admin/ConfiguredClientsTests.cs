using Chancery.Core.Storage;
using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Chancery.Server.Tests.Admin;

/// <summary>Clients named in <c>Chancery:Identity:Clients</c> are created at start, once; the demo names the portal's.</summary>
public sealed class ConfiguredClientsTests(SqliteDemoFixture demo) : IClassFixture<SqliteDemoFixture>
{
    [Fact]
    public async Task ConfiguredClient_StartTwice_CreatedOnceAndAudited()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using (var first = await new ConfiguredHost(database.ConnectionString).StartAsync())
        {
            Assert.NotNull(await FindAsync(first, "cong-dich-vu"));
        }

        await using var second = await new ConfiguredHost(database.ConnectionString).StartAsync();

        var entries = (await second.Audit.ListAuditEntriesAsync(new ListAuditEntriesRequest { EntityKind = "client", EntityId = "cong-dich-vu" })).Entries;
        var entry = Assert.Single(entries);
        Assert.Equal(("config/register-client", "system", "Client named in the configuration (Chancery:Identity:Clients:dichvu)"),
            (entry.Operation, entry.ActorKind, entry.Reason));
        var (manager, application) = (await FindAsync(second, "cong-dich-vu"))!.Value;
        Assert.True(await manager.ValidateClientSecretAsync(application, ConfiguredHost.Secret));
        Assert.Equal(["https://dichvucong.example.gov.vn/signin-oidc"], (await manager.GetRedirectUrisAsync(application)).ToList());
    }

    [Fact]
    public async Task ConfiguredClient_BadRedirectUri_StartStopsNamingTheClient()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var host = new ConfiguredHost(database.ConnectionString, redirect: "not an address");

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Contains("The client of Chancery:Identity:Clients:dichvu cannot be registered: redirect_uris: 'not an address' is not an absolute http(s) address", refused.Message);
    }

    [Fact]
    public async Task DemoPortalClient_Development_PublicWithPkceOnThePortalsAddress()
    {
        var (manager, application) = (await FindAsync(demo.Host, "chancery-portal"))!.Value;

        Assert.True(await manager.HasClientTypeAsync(application, ClientTypes.Public));
        Assert.True(await manager.HasRequirementAsync(application, Requirements.Features.ProofKeyForCodeExchange));
        Assert.Equal(["http://127.0.0.1:5202/signin-oidc"], (await manager.GetRedirectUrisAsync(application)).ToList());
        Assert.Equal(["http://127.0.0.1:5202/signout-callback-oidc"], (await manager.GetPostLogoutRedirectUrisAsync(application)).ToList());
        Assert.True(await manager.HasPermissionAsync(application, Permissions.GrantTypes.AuthorizationCode));
    }

    private static async Task<(IOpenIddictApplicationManager, object)?> FindAsync(ChanceryHost host, string clientId)
    {
        var manager = host.Services.CreateScope().ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        return await manager.FindByClientIdAsync(clientId) is { } application ? (manager, application) : null;
    }

    private sealed class ConfiguredHost(string connectionString, string redirect = "https://dichvucong.example.gov.vn/signin-oidc")
        : ChanceryHost(DatabaseProvider.Sqlite, connectionString)
    {
        public const string Secret = "a-secret-of-the-portal-0123456789abcdef";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Chancery:Identity:Clients:dichvu:ClientId", "cong-dich-vu");
            builder.UseSetting("Chancery:Identity:Clients:dichvu:DisplayName", "Cổng dịch vụ công");
            builder.UseSetting("Chancery:Identity:Clients:dichvu:Scopes:0", "hierarchy.read");
            builder.UseSetting("Chancery:Identity:Clients:dichvu:RedirectUris:0", redirect);
            builder.UseSetting("Chancery:Identity:Clients:dichvu:Secret", Secret);
        }
    }
}
