using Chancery.Core.Storage;
using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Chancery.Server.Tests.Audit.Backup;

/// <summary>
/// <c>admin backup FILE</c> (SQLite's online backup, while the server serves and writes) and
/// <c>admin restore FILE</c> (which verifies the backup's chain before it replaces anything), run as
/// the built server's process.
/// </summary>
public sealed class BackupRestoreTests
{
    [Fact]
    public async Task Backup_WhileWriterWrites_RestoredElsewhereVerifiesAndHoldsTheData()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var fresh = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var file = NewFile();
        var acknowledged = new List<string>();
        ServerProcess.Result backup;
        await using (var host = await new ChanceryHost(DatabaseProvider.Sqlite, database.ConnectionString).StartAsync())
        {
            using var stop = new CancellationTokenSource();
            var writer = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    var unit = await host.Units.CreateRootAsync();
                    lock (acknowledged)
                    {
                        acknowledged.Add(unit.Id);
                    }
                }
            });
            while (Count(acknowledged) < 20)
            {
                await Task.Delay(20);
            }

            var before = Snapshot(acknowledged);
            backup = await ServerProcess.AdminAsync(database.ConnectionString, "backup", file);
            var during = Count(acknowledged) - before.Count;
            await Task.Delay(300);
            await stop.CancelAsync();
            await writer;

            Assert.True(backup.ExitCode == 0, backup.Output + backup.Error);
            Assert.True(during > 0, "the writer wrote while the backup ran");
            var restore = await ServerProcess.AdminAsync(fresh.ConnectionString, "restore", file);
            Assert.True(restore.ExitCode == 0, restore.Output + restore.Error);
            Assert.Contains("is intact", restore.Output);

            await using var restored = await new ChanceryHost(DatabaseProvider.Sqlite, fresh.ConnectionString).StartAsync();
            var verified = await restored.Audit.VerifyAuditAsync(new VerifyAuditRequest());
            Assert.True(verified.Intact, verified.Message);
            await using var db = restored.CreateDbContext();
            var units = (await db.Units.Select(u => u.Id).ToListAsync()).Select(id => id.ToString()).ToHashSet();
            Assert.Superset(before.ToHashSet(), units);
            Assert.Subset(Snapshot(acknowledged).ToHashSet(), units);
            foreach (var id in before.Take(3))
            {
                Assert.Equal(id, (await restored.Units.GetUnitAsync(new GetUnitRequest { Id = id })).Unit.Id);
            }
        }

        Assert.Contains("Backed up to", backup.Output);
        Assert.Contains("is intact", backup.Output);
        File.Delete(file);
    }

    [Fact]
    public async Task Restore_TamperedBackup_RefusedAndCurrentDatabaseUntouched()
    {
        await using var source = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var current = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var file = NewFile();
        await using (var host = await new ChanceryHost(DatabaseProvider.Sqlite, source.ConnectionString).StartAsync())
        {
            await host.Units.CreateRootAsync();
            await host.Units.CreateRootAsync();
        }

        Assert.Equal(0, (await ServerProcess.AdminAsync(source.ConnectionString, "backup", file)).ExitCode);
        await using (var connection = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE audit_entries SET reason = 'Lý do khác' WHERE sequence = 3";
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        await using (var host = await new ChanceryHost(DatabaseProvider.Sqlite, current.ConnectionString).StartAsync())
        {
            await host.Units.CreateAsync("Tỉnh Hiện Tại", UnitKind.Province, validFrom: "2000-01-01");
        }

        var before = await ContentAsync(current.ConnectionString);
        var restore = await ServerProcess.AdminAsync(current.ConnectionString, "restore", file);
        var garbage = NewFile();
        await File.WriteAllTextAsync(garbage, "không phải cơ sở dữ liệu");
        var notADatabase = await ServerProcess.AdminAsync(current.ConnectionString, "restore", garbage);
        var after = await ContentAsync(current.ConnectionString);
        File.Delete(file);
        File.Delete(garbage);

        Assert.Equal(1, restore.ExitCode);
        Assert.Contains("Refused:", restore.Error);
        Assert.Contains("Audit entry 3 was altered", restore.Error);
        Assert.Contains("Nothing was replaced.", restore.Error);
        Assert.Equal(1, notADatabase.ExitCode);
        Assert.Contains("not a Chancery database", notADatabase.Error);
        Assert.Equal(before, after);
        Assert.Contains("Tỉnh Hiện Tại", after);
    }

    [Fact]
    public async Task Backup_FileExists_RefusedAndFileKept()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var file = NewFile();
        await File.WriteAllTextAsync(file, "giữ nguyên");

        var run = await ServerProcess.AdminAsync(database.ConnectionString, "backup", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("exists already", run.Error);
        Assert.Equal("giữ nguyên", await File.ReadAllTextAsync(file));
        File.Delete(file);
    }

    private static string NewFile() => Path.Combine(Path.GetTempPath(), "chancery-tests", $"backup-{Guid.NewGuid():N}.db");

    private static int Count(List<string> ids)
    {
        lock (ids)
        {
            return ids.Count;
        }
    }

    private static List<string> Snapshot(List<string> ids)
    {
        lock (ids)
        {
            return [.. ids];
        }
    }

    /// <summary>Every unit name and every audit hash of a database, in order: what a restore must not have touched.</summary>
    private static async Task<string> ContentAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString + ";Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT group_concat(hash, ',') FROM (SELECT hash FROM audit_entries ORDER BY sequence)) || '|' || (SELECT group_concat(name, ',') FROM (SELECT name FROM unit_versions ORDER BY name))";
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
