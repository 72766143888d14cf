using Chancery.Core.Storage;
using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Chancery.Server.Tests.Storage;

/// <summary>The embedded default: a real file, in WAL mode, fsynced at every commit, migrated on first start.</summary>
public sealed class SqliteStorageTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    [Fact]
    public async Task Sqlite_File_IsWalWithFullSync()
    {
        var file = new SqliteConnectionStringBuilder(fixture.Host.ConnectionString).DataSource;
        Assert.True(File.Exists(file));

        await using var db = fixture.Host.CreateDbContext();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode; ";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        command.CommandText = "PRAGMA synchronous;";
        Assert.Equal(2L, (long?)await command.ExecuteScalarAsync());
        command.CommandText = "PRAGMA foreign_keys;";
        Assert.Equal(1L, (long?)await command.ExecuteScalarAsync());
    }
}

/// <summary>A restarted server rebuilds its read model from the database.</summary>
public abstract class RestartTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync(provider);

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Restart_ReadModelRebuiltFromDatabase()
    {
        Unit unit;
        await using (var before = await new ChanceryHost(provider, database.ConnectionString).StartAsync())
        {
            var root = await before.Units.CreateRootAsync("2001-01-01");
            unit = await before.Units.CreateAsync("Sở Tài nguyên và Môi trường", UnitKind.Department, root, "2002-01-01");
            await before.Units.UpdateUnitAsync(new UpdateUnitRequest
            {
                Id = unit.Id, Name = "Sở Nông nghiệp và Môi trường", ExpectedVersion = 1,
                UpdateMask = new Google.Protobuf.WellKnownTypes.FieldMask { Paths = { "name" } }, EffectiveDate = "2025-03-01",
            });
        }

        await using var after = await new ChanceryHost(provider, database.ConnectionString).StartAsync();
        var history = await after.Units.GetUnitHistoryAsync(new GetUnitHistoryRequest { Id = unit.Id });

        Assert.Equal(["Sở Tài nguyên và Môi trường", "Sở Nông nghiệp và Môi trường"], history.Versions.Select(v => v.Name));
        Assert.All(history.Versions, v => Assert.Equal(2, v.Version));
    }
}

public sealed class RestartSqliteTests() : RestartTests(DatabaseProvider.Sqlite);

public sealed class RestartPostgresTests() : RestartTests(DatabaseProvider.PostgreSql);
