using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using Google.Protobuf.WellKnownTypes;

namespace Chancery.Server.Tests.Units;

public abstract class UpdateUnitTests(HostFixture fixture)
{
    private ChanceryHost Host => fixture.Host;

    private static UpdateUnitRequest Rename(Unit unit, string name, string effective, long? version = null) => new()
    {
        Id = unit.Id,
        Name = name,
        UpdateMask = new FieldMask { Paths = { "name" } },
        ExpectedVersion = version ?? unit.Version,
        EffectiveDate = effective,
    };

    [Fact]
    public async Task UpdateUnit_RenameFromDate_KeepsHistory()
    {
        var root = await Host.Units.CreateRootAsync();
        var unit = await Host.Units.CreateAsync("Sở Nông nghiệp và Phát triển nông thôn", UnitKind.Department, root, "2010-01-01");

        var renamed = (await Host.Units.UpdateUnitAsync(Rename(unit, "Sở Nông nghiệp và Môi trường", "2025-03-01"))).Unit;

        Assert.Equal("Sở Nông nghiệp và Môi trường", renamed.Name);
        Assert.Equal("2025-03-01", renamed.ValidFrom);
        Assert.Equal(2, renamed.Version);
        Assert.Equal("Sở Nông nghiệp và Phát triển nông thôn", (await Host.Units.GetAsync(unit.Id, "2025-02-28")).Name);
        Assert.Equal("Sở Nông nghiệp và Môi trường", (await Host.Units.GetAsync(unit.Id, "2025-03-01")).Name);
        var history = await Host.Units.GetUnitHistoryAsync(new GetUnitHistoryRequest { Id = unit.Id });
        Assert.Collection(history.Versions,
            v => Assert.Equal(("2010-01-01", "2025-03-01"), (v.ValidFrom, v.ValidTo)),
            v => Assert.Equal(("2025-03-01", ""), (v.ValidFrom, v.ValidTo)));
    }

    [Fact]
    public async Task UpdateUnit_FutureDate_TodayUnchanged()
    {
        var root = await Host.Units.CreateRootAsync();
        var unit = await Host.Units.CreateAsync("Sở Thông tin và Truyền thông", UnitKind.Department, root);

        await Host.Units.UpdateUnitAsync(Rename(unit, "Sở Khoa học và Công nghệ", "2027-01-01"));

        Assert.Equal("Sở Thông tin và Truyền thông", (await Host.Units.GetAsync(unit.Id)).Name);
        Assert.Equal("Sở Khoa học và Công nghệ", (await Host.Units.GetAsync(unit.Id, "2027-01-01")).Name);
    }

    [Fact]
    public async Task UpdateUnit_StaleVersion_AbortedAndStoresNothing()
    {
        var root = await Host.Units.CreateRootAsync();
        var unit = await Host.Units.CreateAsync("Sở Y tế", UnitKind.Department, root);
        await Host.Units.UpdateUnitAsync(Rename(unit, "Sở Y tế tỉnh", "2024-01-01"));
        var before = await Host.StoredAsync();

        var info = await RpcAssert.Aborted(() => Host.Units.UpdateUnitAsync(Rename(unit, "Sở Y tế (cũ)", "2024-06-01")).ResponseAsync);

        Assert.Equal("STALE_VERSION", info.Reason);
        Assert.Equal("2", info.Metadata["current_version"]);
        Assert.Equal(before, await Host.StoredAsync());
    }

    [Fact]
    public async Task UpdateUnit_BadMask_InvalidArgument()
    {
        var root = await Host.Units.CreateRootAsync();
        var unit = await Host.Units.CreateAsync("Sở Công Thương", UnitKind.Department, root);

        await RpcAssert.InvalidArgument(() => Host.Units.UpdateUnitAsync(new UpdateUnitRequest
        {
            Id = unit.Id, ExpectedVersion = 1, UpdateMask = new FieldMask { Paths = { "parent_id" } },
        }).ResponseAsync, "update_mask");
        await RpcAssert.InvalidArgument(() => Host.Units.UpdateUnitAsync(new UpdateUnitRequest
        {
            Id = unit.Id, ExpectedVersion = 1,
        }).ResponseAsync, "update_mask");
        await RpcAssert.InvalidArgument(() => Host.Units.UpdateUnitAsync(new UpdateUnitRequest
        {
            Id = unit.Id, UpdateMask = new FieldMask { Paths = { "name" } }, Name = "Sở Công Thương mới",
        }).ResponseAsync, "expected_version");
    }

    [Fact]
    public async Task UpdateUnit_CodeAndKind_ChangeFromDate()
    {
        var root = await Host.Units.CreateRootAsync();
        var unit = await Host.Units.CreateAsync("Thị trấn Chi Nê", UnitKind.Township, root, "2000-01-01");
        var code = UnitsApi.NextCode();

        var changed = (await Host.Units.UpdateUnitAsync(new UpdateUnitRequest
        {
            Id = unit.Id, Kind = UnitKind.Commune, Code = code, Name = "Xã Chi Nê",
            UpdateMask = new FieldMask { Paths = { "kind", "code", "name" } },
            ExpectedVersion = unit.Version, EffectiveDate = "2025-07-01",
        })).Unit;

        Assert.Equal((UnitKind.Commune, code, "Xã Chi Nê"), (changed.Kind, changed.Code, changed.Name));
        var before = await Host.Units.GetAsync(unit.Id, "2025-06-30");
        Assert.Equal((UnitKind.Township, ""), (before.Kind, before.Code));
    }

    [Fact]
    public async Task UpdateUnit_EffectiveDateBeforeEstablishment_FailedPrecondition()
    {
        var root = await Host.Units.CreateRootAsync();
        var unit = await Host.Units.CreateAsync("Sở Ngoại vụ", UnitKind.Department, root, "2015-01-01");

        await RpcAssert.FailedPrecondition(() => Host.Units.UpdateUnitAsync(Rename(unit, "Sở Ngoại vụ mới", "2014-12-31")).ResponseAsync,
            "hierarchy.effective-date-in-period");
    }

    [Fact]
    public async Task UpdateUnit_MissingUnit_NotFound()
    {
        await RpcAssert.NotFound(() => Host.Units.UpdateUnitAsync(new UpdateUnitRequest
        {
            Id = Guid.NewGuid().ToString(), Name = "x", ExpectedVersion = 1, UpdateMask = new FieldMask { Paths = { "name" } },
        }).ResponseAsync);
    }
}

public sealed class UpdateUnitSqliteTests(SqliteFixture fixture) : UpdateUnitTests(fixture), IClassFixture<SqliteFixture>;

public sealed class UpdateUnitPostgresTests(PostgresFixture fixture) : UpdateUnitTests(fixture), IClassFixture<PostgresFixture>;
