using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using static Chancery.Server.Tests.Reorganizations.HierarchyFiles;

namespace Chancery.Server.Tests.Reorganizations;

/// <summary>
/// An import large enough that its new units, their versions and its audit entries go in by many
/// multi-row INSERT statements of the same text, run one after another on one command: every row
/// must be stored with its own values (a reused prepared statement keeping the first rows' values
/// would repeat them or fail), and the audit chain must verify.
/// </summary>
public abstract class LargeImportTests(HostFixture fixture)
{
    private const int Communes = 1200;

    [Fact]
    public async Task Import_ManyStatementsOfNewRows_EveryRowStoredAsSent()
    {
        await using var database = await TestDatabase.CreateAsync(fixture.Host.Provider);
        await using var host = await new ChanceryHost(fixture.Host.Provider, database.ConnectionString).StartAsync();
        var province = NewId();
        var ids = Enumerable.Range(1, Communes).Select(_ => NewId()).ToList();
        var file = Lines([
            new { id = province, name = "Tỉnh Nhập Khẩu", kind = "province" },
            .. ids.Select((id, i) => (object)new { id, parent_id = province, name = $"Xã Số {i + 1:0000}", kind = "commune" }),
        ]);

        var imported = await host.Reorganizations.ImportAsync(Header(FileFormat.JsonLines, effective: "2025-07-01"), file);

        Assert.True(imported.Result.Applied);
        Assert.Equal(Communes + 1, imported.Result.Counts.Created);
        foreach (var i in new[] { 0, 150, 499, 500, 777, Communes - 1 })
        {
            var unit = await host.Units.GetAsync(ids[i], "2025-07-01");
            Assert.Equal(($"Xã Số {i + 1:0000}", province), (unit.Name, unit.ParentId));
        }

        var exported = ReadJsonLines(await host.Reorganizations.ExportAsync(FileFormat.JsonLines, "2025-07-01"));
        Assert.Equal(Communes + 1, exported.Select(u => u["id"]).Distinct().Count());
        Assert.Equal(Communes, exported.Select(u => u["name"]).Distinct().Count(n => n!.StartsWith("Xã Số ", StringComparison.Ordinal)));
        Assert.True((await host.Audit.VerifyAuditAsync(new VerifyAuditRequest())).Intact);
    }
}

public sealed class LargeImportSqliteTests(SqliteFixture fixture) : LargeImportTests(fixture), IClassFixture<SqliteFixture>;

public sealed class LargeImportPostgresTests(PostgresFixture fixture) : LargeImportTests(fixture), IClassFixture<PostgresFixture>;
