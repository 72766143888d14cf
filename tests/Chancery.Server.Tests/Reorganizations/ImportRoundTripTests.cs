using System.Text;
using Chancery.Server.Demo;
using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using static Chancery.Server.Tests.Reorganizations.HierarchyFiles;

namespace Chancery.Server.Tests.Reorganizations;

/// <summary>
/// Export, then import into an empty registry: the same tree, as of the export's date — before the
/// demo's 2025 reform (districts that end on 2025-07-01), on its eve, and after it.
/// </summary>
public abstract class ImportRoundTripTests(HostFixture fixture)
{
    private ChanceryHost Host => fixture.Host;

    [Theory]
    [InlineData(FileFormat.JsonLines, "2017-07-11")]
    [InlineData(FileFormat.JsonLines, "2025-06-30")]
    [InlineData(FileFormat.Csv, "2025-06-30")]
    [InlineData(FileFormat.Csv, "2026-06-15")]
    public async Task ExportThenImport_IntoEmptyRegistry_SameTree(FileFormat format, string asOf)
    {
        var exported = await Host.Reorganizations.ExportAsync(format, asOf);
        await using var database = await TestDatabase.CreateAsync(Host.Provider);
        await using var empty = await new ChanceryHost(Host.Provider, database.ConnectionString).StartAsync();

        var imported = await empty.Reorganizations.ImportAsync(Header(format, effective: asOf), exported);
        var again = await empty.Reorganizations.ExportAsync(format, asOf);

        Assert.True(imported.Result.Applied);
        Assert.Equal(imported.Result.Counts.Created, imported.Result.ChangesTotal);
        Assert.Equal(Encoding.UTF8.GetString(exported), Encoding.UTF8.GetString(again));
        var code = asOf == "2026-06-15" ? DemoHierarchy.Codes.PhuTho : DemoHierarchy.Codes.HoaBinh;
        var original = (await Host.Units.GetUnitAsync(new GetUnitRequest { Code = code, AsOf = asOf })).Unit;
        var copy = (await empty.Units.GetUnitAsync(new GetUnitRequest { Code = code, AsOf = asOf })).Unit;
        Assert.Equal((original.Id, original.Name, original.ShortName, original.Kind), (copy.Id, copy.Name, copy.ShortName, copy.Kind));
    }

    [Fact]
    public async Task ExportThenImport_DistrictsEndingOnReform_EndThereInTheCopy()
    {
        var exported = await Host.Reorganizations.ExportAsync(FileFormat.JsonLines, "2025-06-30");
        await using var database = await TestDatabase.CreateAsync(Host.Provider);
        await using var empty = await new ChanceryHost(Host.Provider, database.ConnectionString).StartAsync();

        await empty.Reorganizations.ImportAsync(Header(FileFormat.JsonLines, effective: "2025-06-30"), exported);

        var district = ReadJsonLines(exported).Single(u => u["code"] == DemoHierarchy.Codes.LuongSon);
        Assert.Equal("2025-07-01", district["valid_to"]);
        Assert.Equal("Huyện Lương Sơn", (await empty.Units.GetAsync(district["id"]!, "2025-06-30")).Name);
        await RpcAssert.NotFound(() => empty.Units.GetUnitAsync(new GetUnitRequest { Id = district["id"], AsOf = "2025-07-01" }).ResponseAsync);
    }

    [Theory]
    [InlineData(FileFormat.JsonLines)]
    [InlineData(FileFormat.Csv)]
    public async Task ExportThenImport_IntoSameRegistry_ChangesNothing(FileFormat format)
    {
        var exported = await Host.Reorganizations.ExportAsync(format, "2026-06-15");
        var before = await ImportStore.ReadAsync(Host);

        var imported = await Host.Reorganizations.ImportAsync(Header(format, effective: "2026-06-15", closeMissing: true), exported);

        Assert.Equal(0, imported.Result.Counts.Operations);
        Assert.False(imported.Result.Applied);
        Assert.Empty(imported.Problems);
        Assert.Equal(before, await ImportStore.ReadAsync(Host));
    }
}

public sealed class ImportRoundTripSqliteTests(SqliteDemoFixture fixture) : ImportRoundTripTests(fixture), IClassFixture<SqliteDemoFixture>;

public sealed class ImportRoundTripPostgresTests(PostgresDemoFixture fixture) : ImportRoundTripTests(fixture), IClassFixture<PostgresDemoFixture>;
