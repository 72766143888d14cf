using Chancery.Core.Storage.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Chancery.Server.Tests.Storage;

/// <summary>
/// Each provider has its own migrations, up to date with the model. SQL Server cannot run here:
/// its script is generated and checked instead.
/// </summary>
public sealed class MigrationTests
{
    private static readonly string[] Tables = ["units", "unit_versions", "change_log"];

    [Fact]
    public void SqlServer_MigrationScript_CreatesEveryTable()
    {
        using var db = new SqlServerChanceryDbContext(new DbContextOptionsBuilder<SqlServerChanceryDbContext>()
            .UseSqlServer("Server=unused;Database=chancery;TrustServerCertificate=True").Options);

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        foreach (var table in Tables)
        {
            Assert.Contains($"CREATE TABLE [{table}]", script);
        }

        Assert.Contains("[valid_from] date NOT NULL", script);
        Assert.Contains("CREATE UNIQUE INDEX [IX_unit_versions_unit_id_valid_from]", script);
        Assert.Contains("[name] nvarchar(300) NOT NULL", script);
        Assert.Contains("[version] bigint NOT NULL", script);
        Assert.Contains("[sequence] bigint NOT NULL", script);
        Assert.Contains("CREATE TABLE [unit_fields]", script);
        Assert.Contains("CREATE TABLE [unit_field_names]", script);
        Assert.Contains("[code] nvarchar(40) NOT NULL", script);
        Assert.Contains("CONSTRAINT [PK_unit_field_names] PRIMARY KEY ([field_id], [valid_from])", script);
        Assert.Contains("CONSTRAINT [FK_unit_fields_units_unit_id] FOREIGN KEY ([unit_id]) REFERENCES [units] ([id])", script);
        Assert.Contains("CREATE INDEX [IX_unit_fields_unit_id_code] ON [unit_fields] ([unit_id], [code])", script);
        Assert.Contains("CREATE TABLE [regulations]", script);
        Assert.Contains("CREATE TABLE [regulation_versions]", script);
        Assert.Contains("[body] nvarchar(max) NOT NULL", script);
        Assert.Contains("CREATE UNIQUE INDEX [IX_regulations_identifier] ON [regulations] ([identifier])", script);
        Assert.Contains("CREATE UNIQUE INDEX [IX_regulation_versions_regulation_id_number] ON [regulation_versions] ([regulation_id], [number])", script);
    }

    [Fact]
    public void PostgreSql_MigrationScript_CreatesEveryTable()
    {
        using var db = new PostgresChanceryDbContext(new DbContextOptionsBuilder<PostgresChanceryDbContext>().UseNpgsql("Host=unused").Options);

        var script = db.GetService<IMigrator>().GenerateScript();

        foreach (var table in Tables)
        {
            Assert.Contains($"CREATE TABLE {table}", script);
        }

        Assert.Contains("CREATE TABLE unit_fields", script);
        Assert.Contains("CREATE TABLE unit_field_names", script);
    }

    [Fact]
    public void EveryProvider_MigrationsMatchTheModel()
    {
        using var sqlite = new SqliteChanceryDbContext(new DbContextOptionsBuilder<SqliteChanceryDbContext>().UseSqlite("Data Source=:memory:").Options);
        using var postgres = new PostgresChanceryDbContext(new DbContextOptionsBuilder<PostgresChanceryDbContext>().UseNpgsql("Host=unused").Options);
        using var sqlServer = new SqlServerChanceryDbContext(new DbContextOptionsBuilder<SqlServerChanceryDbContext>().UseSqlServer("Server=unused").Options);

        Assert.False(sqlite.Database.HasPendingModelChanges(), "SQLite migrations lag the model: add a migration.");
        Assert.False(postgres.Database.HasPendingModelChanges(), "PostgreSQL migrations lag the model: add a migration.");
        Assert.False(sqlServer.Database.HasPendingModelChanges(), "SQL Server migrations lag the model: add a migration.");
    }
}
