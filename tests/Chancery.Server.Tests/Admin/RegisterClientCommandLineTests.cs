using System.Text.RegularExpressions;
using Chancery.Core.Access;
using Chancery.Core.Storage;
using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;
using AdminProcess = Chancery.Server.Tests.Audit.ServerProcess;

namespace Chancery.Server.Tests.Admin;

/// <summary><c>admin register-client</c> run as a process of the built server on a SQLite file, then the client used on a server on that file.</summary>
public sealed class RegisterClientCommandLineTests
{
    [Fact]
    public async Task RegisterClient_MachineClientWithRole_SecretPrintedOnceTokenWorksAndAudited()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var run = await AdminProcess.AdminAsync(database.ConnectionString, "register-client", "vanban-tinh",
            "--display-name", "Hệ thống văn bản", "--scope", "hierarchy.read positions.read", "--role", "viewer", "--reason", "Công văn 12/SNV");

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("Client vanban-tinh registered (machine client); scopes hierarchy.read positions.read.", run.Output);
        var secret = Regex.Match(run.Output, @"Client secret \(shown once\): (\S+)").Groups[1].Value;
        Assert.Matches("^[A-Za-z0-9_-]{43}$", secret);
        Assert.Contains("Role Viewer granted to client vanban-tinh", run.Output);
        await using var host = await new ChanceryHost(DatabaseProvider.Sqlite, database.ConnectionString).StartAsync();
        var token = await host.Tokens.ClientCredentialsAsync("vanban-tinh", secret, ["hierarchy.read"]);
        await new V1.Units.UnitsClient(host.With(token)).ListChildrenAsync(new ListChildrenRequest());
        var entries = (await host.Audit.ListAuditEntriesAsync(new ListAuditEntriesRequest { ActorId = "system" })).Entries
            .Where(e => e.Operation == "cli/register-client").ToList();
        Assert.Equal(["client", "grant"], entries.Select(e => e.EntityKind));
        Assert.All(entries, e => Assert.Equal("Công văn 12/SNV", e.Reason));
        Assert.DoesNotContain(secret, string.Join(' ', entries.Select(e => e.After)));
    }

    [Fact]
    public async Task RegisterClient_InteractivePublic_PkceRequiredNoSecret()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var run = await AdminProcess.AdminAsync(database.ConnectionString, "register-client", "cong-thong-tin", "--public",
            "--redirect-uri", "https://portal.example.gov.vn/signin-oidc", "--post-logout-redirect-uri", "https://portal.example.gov.vn/", "--scope", "hierarchy.read");

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("Client cong-thong-tin registered (interactive, public: PKCE without a secret)", run.Output);
        Assert.DoesNotContain("secret (shown once)", run.Output);
        await using var host = await new ChanceryHost(DatabaseProvider.Sqlite, database.ConnectionString).StartAsync();
        await using var scope = host.Services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var application = (await manager.FindByClientIdAsync("cong-thong-tin"))!;
        Assert.True(await manager.HasClientTypeAsync(application, ClientTypes.Public));
        Assert.True(await manager.HasRequirementAsync(application, Requirements.Features.ProofKeyForCodeExchange));
        Assert.Equal(["https://portal.example.gov.vn/signin-oidc"], (await manager.GetRedirectUrisAsync(application)).ToList());
        Assert.Equal(["https://portal.example.gov.vn/"], (await manager.GetPostLogoutRedirectUrisAsync(application)).ToList());
    }

    [Theory]
    [InlineData("Refused: scopes: 'hierarchy.everything' is not a scope", "--scope", "hierarchy.everything")]
    [InlineData("Refused: --role is for machine clients", "--scope", "hierarchy.read", "--redirect-uri", "https://p.example/cb", "--role", "viewer")]
    [InlineData("Refused: --role chief is not a role", "--scope", "hierarchy.read", "--role", "chief")]
    [InlineData("Refused: --unit: A unit administrator is granted a unit", "--scope", "hierarchy.read", "--role", "unit-administrator")]
    [InlineData("Refused: --unit 000.00.00.H99: no unit has this id or code today.", "--scope", "hierarchy.read", "--role", "unit-administrator", "--unit", "000.00.00.H99")]
    [InlineData("Refused: redirect_uris: 'javascript:alert(1)' is not", "--scope", "hierarchy.read", "--redirect-uri", "javascript:alert(1)")]
    [InlineData("Refused: Name the scopes")]
    public async Task RegisterClient_BadInput_RefusedWithExitOneNothingStored(string expected, params string[] options)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var run = await AdminProcess.AdminAsync(database.ConnectionString, ["register-client", "vanban-tinh", .. options]);
        var verify = await AdminProcess.AdminAsync(database.ConnectionString, "verify-audit");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(expected, run.Error);
        Assert.DoesNotContain("Unhandled exception", run.Error);
        Assert.Contains("The audit chain of 0 entries is intact.", verify.Output);
    }

    [Fact]
    public async Task RegisterClient_ClientIdTaken_RefusedWithExitOne()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await AdminProcess.AdminAsync(database.ConnectionString, "register-client", "vanban-tinh", "--scope", "hierarchy.read");

        var again = await AdminProcess.AdminAsync(database.ConnectionString, "register-client", "vanban-tinh", "--scope", "hierarchy.read");

        Assert.Equal(1, again.ExitCode);
        Assert.Contains("Refused: A client vanban-tinh is registered already.", again.Error);
    }
}
