using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using static Chancery.Server.Tests.Reorganizations.Plans;
using static Chancery.Server.Tests.Reorganizations.ReorganizationsApi;

namespace Chancery.Server.Tests.Reorganizations;

/// <summary>Transfers: several units to another parent or to the top level, each keeping its identity.</summary>
public abstract class TransferTests(HostFixture fixture)
{
    private ChanceryHost Host => fixture.Host;

    private V1.Reorganizations.ReorganizationsClient Reorganizations => Host.Reorganizations;

    private Task<ApplyPlanResponse> TransferUnits(Operation transfer, string effective = Reform) =>
        Reorganizations.TransferUnitsAsync(new TransferUnitsRequest { PlanId = NewId(), EffectiveDate = effective, Basis = Basis(), Transfer = transfer.Transfer }).ResponseAsync;

    [Fact]
    public async Task TransferUnits_SeveralToAnotherParent_MovedFromDateWithLineageToThemselves()
    {
        var oldProvince = await Host.Units.CreateRootAsync();
        var newProvince = await Host.Units.CreateRootAsync();
        var district = await Host.Units.CreateAsync("Huyện Lương Sơn", UnitKind.District, oldProvince);
        var first = await Host.Units.CreateAsync("Xã Cao Dương", UnitKind.Commune, district);
        var second = await Host.Units.CreateAsync("Xã Thanh Sơn", UnitKind.Commune, district);

        var result = (await TransferUnits(Transfer(Id(newProvince), [Id(first), Id(second)]))).Result;

        Assert.Equal((0, 0, 2), (result.Counts.Created, result.Counts.Closed, result.Counts.Moved));
        Assert.All(result.Changes, c => Assert.Equal((district.Id, newProvince.Id), (c.OldParentId, c.NewParentId)));
        SameItems([first.Name, second.Name], await Host.ChildNamesAsync(newProvince, Reform));
        SameItems([first.Name, second.Name], await Host.ChildNamesAsync(district, "2025-06-30"));
        Assert.Empty(await Host.ChildNamesAsync(district, Reform));
        var ancestors = await Host.Units.GetAncestorsAsync(new GetAncestorsRequest { Id = first.Id, AsOf = "2025-06-30" });
        Assert.Equal([oldProvince.Name, district.Name], ancestors.Ancestors.Select(a => a.Name));
        Assert.Equal([$"Transferred {Reform} {first.Name}>{first.Name}"], (await Reorganizations.LineageAsync(first)).Describe());
        Assert.Equal(first.Id, (await Reorganizations.LineageAsync(first))[0].SuccessorId);
    }

    [Fact]
    public async Task TransferUnits_ToTopLevel_BecomesTopLevelUnit()
    {
        var province = await Host.Units.CreateRootAsync();
        var city = await Host.Units.CreateAsync(UnitsApi.UniqueName("Thành phố Huế"), UnitKind.City, province);

        await TransferUnits(Transfer(null, [Id(city)]));

        Assert.Equal("", (await Host.Units.GetAsync(city.Id, Reform)).ParentId);
        Assert.Contains(city.Name, await Host.ChildNamesAsync(null, Reform));
        Assert.DoesNotContain(city.Name, await Host.ChildNamesAsync(null, "2025-06-30"));
    }

    [Fact]
    public async Task TransferUnits_UnderOwnDescendant_CycleRefusedStoresNothing()
    {
        var province = await Host.Units.CreateRootAsync();
        var department = await Host.Units.CreateAsync("Sở Nội vụ", UnitKind.Department, province);
        var division = await Host.Units.CreateAsync("Phòng Tổ chức", UnitKind.Division, department);
        var before = await ReorganizationStore.ReadAsync(Host);

        var failure = await RpcAssert.FailedPrecondition(() => TransferUnits(Transfer(Id(division), [Id(department)])), "hierarchy.no-cycle");

        Assert.Equal($"operations/0 units/{department.Id}", Assert.Single(failure.Violations, v => v.Type == "hierarchy.no-cycle").Subject);
        Assert.Equal(before, await ReorganizationStore.ReadAsync(Host));
    }

    [Fact]
    public async Task TransferUnits_BeforeTheUnitExists_FailedPrecondition()
    {
        var province = await Host.Units.CreateRootAsync();
        var late = await Host.Units.CreateAsync("Phòng Mới", UnitKind.Division, province, "2026-01-01");
        var other = await Host.Units.CreateRootAsync();

        await RpcAssert.FailedPrecondition(() => TransferUnits(Transfer(Id(other), [Id(late)])), "hierarchy.effective-date-in-period");
    }

    [Fact]
    public async Task TransferUnits_BadInput_InvalidArgumentNamingEachField()
    {
        var province = await Host.Units.CreateRootAsync();

        await RpcAssert.InvalidArgument(() => TransferUnits(Transfer(Id(province), [])), "transfer.units");
        await RpcAssert.InvalidArgument(() => TransferUnits(Transfer(Id("x"), [Id(province), new UnitRef()])), "transfer.new_parent.id", "transfer.units[1]");
        await RpcAssert.InvalidArgument(() => TransferUnits(Transfer(Ref("nowhere"), [Id(province)])), "transfer.new_parent");
        await RpcAssert.InvalidArgument(() => TransferUnits(Transfer(null, [Id(province)]), effective: "2025-02-30"), "effective_date");
    }
}

public sealed class TransferSqliteTests(SqliteFixture fixture) : TransferTests(fixture), IClassFixture<SqliteFixture>;

public sealed class TransferPostgresTests(PostgresFixture fixture) : TransferTests(fixture), IClassFixture<PostgresFixture>;
