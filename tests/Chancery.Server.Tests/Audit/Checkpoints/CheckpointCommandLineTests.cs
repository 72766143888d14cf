using Chancery.Core.Storage;
using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using Google.Protobuf;

namespace Chancery.Server.Tests.Audit.Checkpoints;

/// <summary><c>admin audit-checkpoint</c> and <c>admin verify-audit --checkpoint FILE</c>, run as the built server's process on a SQLite file.</summary>
public sealed class CheckpointCommandLineTests
{
    [Fact]
    public async Task VerifyAuditCheckpoint_ChainRewrittenAfterCheckpoint_PlainExitZeroCheckpointExitOne()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var file = Path.Combine(Path.GetTempPath(), $"chancery-checkpoint-{Guid.NewGuid():N}.json");
        await using (var host = await new ChanceryHost(DatabaseProvider.Sqlite, database.ConnectionString).StartAsync())
        {
            for (var i = 0; i < 4; i++)
            {
                await host.Units.CreateRootAsync();
            }
        }

        var taken = await ServerProcess.AdminAsync(database.ConnectionString, "audit-checkpoint", file);
        var extends = await ServerProcess.AdminAsync(database.ConnectionString, "verify-audit", "--checkpoint", file);
        await using (var host = await new ChanceryHost(DatabaseProvider.Sqlite, database.ConnectionString).StartAsync())
        await using (var db = host.CreateDbContext())
        {
            await ChainRewrites.RewriteFromAsync(db, 3);
        }

        var plain = await ServerProcess.AdminAsync(database.ConnectionString, "verify-audit");
        var against = await ServerProcess.AdminAsync(database.ConnectionString, "verify-audit", "--checkpoint", file);
        File.Delete(file);

        Assert.True(taken.ExitCode == 0, taken.Output + taken.Error);
        Assert.Contains("Checkpoint of the audit chain at entry 6 written to", taken.Output);
        Assert.True(extends.ExitCode == 0, extends.Output + extends.Error);
        Assert.Contains("It extends the checkpoint of", extends.Output);
        Assert.True(plain.ExitCode == 0, plain.Output + plain.Error);
        Assert.Equal(1, against.ExitCode);
        Assert.Contains("Audit entry 6 no longer has the hash signed in the checkpoint", against.Output);
    }

    [Fact]
    public async Task AuditCheckpoint_ToStandardOutput_JsonOfTheRpcsCheckpointThatVerifies()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var file = Path.Combine(Path.GetTempPath(), $"chancery-checkpoint-{Guid.NewGuid():N}.json");
        string fromRpc;
        await using (var host = await new ChanceryHost(DatabaseProvider.Sqlite, database.ConnectionString).StartAsync())
        {
            await host.Units.CreateRootAsync();
            fromRpc = JsonFormatter.Default.Format((await host.Audit.GetAuditCheckpointAsync(new GetAuditCheckpointRequest())).Checkpoint);
        }

        var printed = await ServerProcess.AdminAsync(database.ConnectionString, "audit-checkpoint");
        await File.WriteAllTextAsync(file, fromRpc);
        var rpcVerified = await ServerProcess.AdminAsync(database.ConnectionString, "verify-audit", "--checkpoint", file);
        await File.WriteAllTextAsync(file, "{\"sequence\": \"3\", \"head_hash\": \"" + new string('a', 64) + "\", \"issued_at\": \"2026-01-01T00:00:00Z\", \"signature\": \"e30.e30.\"}");
        var forged = await ServerProcess.AdminAsync(database.ConnectionString, "verify-audit", "--checkpoint", file);
        File.Delete(file);

        Assert.True(printed.ExitCode == 0, printed.Output + printed.Error);
        var checkpoint = JsonParser.Default.Parse<V1.AuditCheckpoint>(printed.Output);
        Assert.Equal(3, checkpoint.Sequence);
        Assert.Contains("\"head_hash\"", printed.Output);
        Assert.True(rpcVerified.ExitCode == 0, rpcVerified.Output + rpcVerified.Error);
        Assert.Equal(1, forged.ExitCode);
        Assert.Contains("The checkpoint's signature does not verify", forged.Output);
    }
}
