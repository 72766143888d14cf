using System.Text.RegularExpressions;
using Chancery.Core.Access;
using Chancery.Core.Storage;
using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using Microsoft.Data.Sqlite;

namespace Chancery.Server.Tests.Audit;

/// <summary>
/// The server's command line (<c>admin create-system-admin</c>, <c>admin verify-audit</c>), run as
/// a process of the built server against a SQLite file; exit codes and output asserted.
/// </summary>
public sealed class AdminCommandLineTests
{
    [Fact]
    public async Task CreateSystemAdmin_FreshDatabase_AdministratorSignsInAndIsAudited()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var run = await ServerProcess.AdminAsync(database.ConnectionString, "create-system-admin", "chanh.vanphong");

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Matches(@"System administrator chanh\.vanphong created \(id [0-9a-f-]{36}\)\.", run.Output);
        var password = Regex.Match(run.Output, @"Password \(shown once\): (\S+)").Groups[1].Value;
        Assert.Matches("^([A-Za-z0-9]{4}-){3}[A-Za-z0-9]{4}$", password);
        await using var host = await new ChanceryHost(DatabaseProvider.Sqlite, database.ConnectionString).StartAsync();
        var token = (await host.Tokens.SignInAsync("chanh.vanphong", password, Scopes.All)).AccessToken;
        var users = await new V1.Access.AccessClient(host.With(token)).ListUsersAsync(new ListUsersRequest());
        var user = Assert.Single(users.Users);
        var grant = Assert.Single((await host.Access.ListGrantsAsync(new ListGrantsRequest { PrincipalId = user.Id })).Grants);
        Assert.Equal(V1.Role.SystemAdministrator, grant.Role);
        var entries = (await host.Audit.ListAuditEntriesAsync(new ListAuditEntriesRequest { ActorId = "system" })).Entries
            .Where(e => e.Operation == "cli/create-system-admin").ToList();
        Assert.Equal([("user", user.Id), ("grant", grant.Id)], entries.Select(e => (e.EntityKind, e.EntityId)));
        Assert.All(entries, e => Assert.Equal(("system", "First system administrator, from the command line"), (e.ActorKind, e.Reason)));
        Assert.Equal([1L, 2L], entries.Select(e => e.Sequence));
    }

    [Fact]
    public async Task CreateSystemAdmin_NameTaken_RefusedWithExitOne()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await ServerProcess.AdminAsync(database.ConnectionString, "create-system-admin", "quantri");

        var again = await ServerProcess.AdminAsync(database.ConnectionString, "create-system-admin", "quantri");
        var badPassword = await ServerProcess.AdminAsync(database.ConnectionString, "create-system-admin", "quantri2", "short");

        Assert.Equal(1, again.ExitCode);
        Assert.Contains("Refused: A user named quantri exists already.", again.Error);
        Assert.DoesNotContain("Unhandled exception", again.Error);
        Assert.Equal(1, badPassword.ExitCode);
        Assert.Contains("password", badPassword.Error);
    }

    [Fact]
    public async Task VerifyAudit_IntactThenTampered_ExitZeroThenOne()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using (var host = await new ChanceryHost(DatabaseProvider.Sqlite, database.ConnectionString).StartAsync())
        {
            for (var i = 0; i < 4; i++)
            {
                await host.Units.CreateRootAsync();
            }
        }

        var intact = await ServerProcess.AdminAsync(database.ConnectionString, "verify-audit");
        await using (var connection = new SqliteConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE audit_entries SET actor_id = 'someone-else' WHERE sequence = 4";
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        var tampered = await ServerProcess.AdminAsync(database.ConnectionString, "verify-audit");

        Assert.True(intact.ExitCode == 0, intact.Output + intact.Error);
        Assert.Contains("The audit chain of 6 entries is intact.", intact.Output);
        Assert.Equal(1, tampered.ExitCode);
        Assert.Contains("Audit entry 4 was altered: its content does not match its hash.", tampered.Output);
    }

    [Fact]
    public async Task Admin_UnknownCommand_UsageAndExitTwo()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var run = await ServerProcess.AdminAsync(database.ConnectionString, "drop-everything");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("usage: Chancery.Server [configuration] admin create-system-admin <user_name> [password]", run.Error);
    }
}
