using Chancery.Core.Access;
using Chancery.Core.Storage;
using Chancery.Server.Tests.Fuzzing;
using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using Grpc.Core;
using Grpc.Net.Client;
using Xunit.Abstractions;

namespace Chancery.Server.Tests.Crash;

/// <summary>
/// The server as its own process under a write load from several clients, killed with SIGKILL a
/// few times and restarted on the same database: every acknowledged write is there after each
/// restart and the audit chain verifies. Seeded (the moment of each kill), bounded in rounds and time.
/// </summary>
public sealed class CrashTests(ITestOutputHelper output)
{
    private const int Seed = 20261204;
    private const int Kills = 3;
    private const int Clients = 4;

    [Fact]
    public Task Sqlite_KilledUnderWriteLoad_NoAcknowledgedWriteLostAndChainIntact() => RunAsync(DatabaseProvider.Sqlite);

    [Fact]
    public Task PostgreSql_KilledUnderWriteLoad_NoAcknowledgedWriteLostAndChainIntact() => RunAsync(DatabaseProvider.PostgreSql);

    private async Task RunAsync(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (secret, parentId) = await PrepareAsync(provider, database.ConnectionString);
        var random = new Random(Seed);
        var acknowledged = new List<string>();
        var failed = 0;
        for (var round = 1; round <= Kills; round++)
        {
            await using var server = await CrashServer.StartAsync(provider, database.ConnectionString);
            var token = await KestrelHost.TokenAsync(server.HttpAddress, "crash-writer", secret, CancellationToken.None);
            await AssertAllThereAsync(server, token, acknowledged, $"seed {Seed}, after restart {round - 1}");
            var load = new WriteLoad(server.GrpcAddress, token, parentId, round);
            using var stop = new CancellationTokenSource();
            var running = load.RunAsync(Clients, stop.Token);
            await Task.Delay(TimeSpan.FromMilliseconds(random.Next(1500, 3500)));
            await server.KillAsync();
            stop.Cancel();
            await running;
            acknowledged.AddRange(load.Acknowledged);
            failed += load.Failed;
        }

        await using var last = await CrashServer.StartAsync(provider, database.ConnectionString);
        var lastToken = await KestrelHost.TokenAsync(last.HttpAddress, "crash-writer", secret, CancellationToken.None);
        await AssertAllThereAsync(last, lastToken, acknowledged, $"seed {Seed}, after restart {Kills}");
        var figures = $"{provider}: seed {Seed}, {Kills} SIGKILLs under {Clients} writing clients: {acknowledged.Count} writes acknowledged, 0 lost, {failed} calls cut or refused";
        output.WriteLine(figures);
        File.WriteAllText(Path.Combine(Path.GetTempPath(), $"chancery-crash-report-{provider}.txt"), figures + "\n");
        Assert.True(acknowledged.Count > Kills, figures);
    }

    /// <summary>The writers' client (a system administrator) and the parent of their units, made in process before any kill.</summary>
    private static async Task<(string Secret, string ParentId)> PrepareAsync(DatabaseProvider provider, string connectionString)
    {
        await using var host = await new ChanceryHost(provider, connectionString).StartAsync();
        var secret = await host.Tokens.RegisterClientAsync("crash-writer", Scopes.All, Chancery.Core.Access.Role.SystemAdministrator);
        var root = await host.Units.CreateRootAsync();
        return (secret, root.Id);
    }

    private static async Task AssertAllThereAsync(CrashServer server, string token, List<string> acknowledged, string when)
    {
        using var channel = GrpcChannel.ForAddress(server.GrpcAddress);
        var headers = new Metadata { { "Authorization", $"Bearer {token}" } };
        var units = new V1.Units.UnitsClient(channel);
        var missing = new List<string>();
        foreach (var id in acknowledged)
        {
            try
            {
                await units.GetUnitAsync(new GetUnitRequest { Id = id }, headers);
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
            {
                missing.Add(id);
            }
        }

        Assert.True(missing.Count == 0, $"{when}: {missing.Count} of {acknowledged.Count} acknowledged units lost, e.g. {string.Join(", ", missing.Take(5))}");
        var audit = await new V1.Audit.AuditClient(channel).VerifyAuditAsync(new VerifyAuditRequest(), headers);
        Assert.True(audit.Intact, $"{when}: the audit chain is broken: {audit.Problem} at {audit.FirstBadSequence}: {audit.Message}");
    }
}
