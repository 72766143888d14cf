using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using static Chancery.Server.Tests.Reorganizations.Plans;
using static Chancery.Server.Tests.Reorganizations.ReorganizationsApi;

namespace Chancery.Server.Tests.Reorganizations;

/// <summary>Splits: one unit into parts, its children going where they are assigned, the source ending or continuing.</summary>
public abstract class SplitTests(HostFixture fixture)
{
    private ChanceryHost Host => fixture.Host;

    private V1.Reorganizations.ReorganizationsClient Reorganizations => Host.Reorganizations;

    private Task<ApplyPlanResponse> SplitUnit(Operation split, string? planId = null) =>
        Reorganizations.SplitUnitAsync(new SplitUnitRequest { PlanId = planId ?? NewId(), EffectiveDate = Reform, Basis = Basis(), Split = split.Split }).ResponseAsync;

    [Fact]
    public async Task SplitUnit_IntoPartsWithAssignments_SourceEndsChildrenMovedLineageToEachPart()
    {
        var province = await Host.Units.CreateRootAsync();
        var district = await Host.Units.CreateAsync("Huyện Lạc Thủy", UnitKind.District, province);
        var north = await Host.Units.CreateAsync("Xã Phú Thành", UnitKind.Commune, district);
        var south = await Host.Units.CreateAsync("Xã Đồng Tâm", UnitKind.Commune, district);
        var planId = NewId("split");

        var result = (await SplitUnit(Split(Id(district),
            [New("bac", "Huyện Lạc Thủy Bắc", UnitKind.District), New("nam", "Huyện Lạc Thủy Nam", UnitKind.District)],
            [(Id(north), "bac"), (Id(south), "nam")]), planId)).Result;

        Assert.Equal((2, 1, 2), (result.Counts.Created, result.Counts.Closed, result.Counts.Moved));
        var parts = result.Changes.Where(c => c.Created).ToDictionary(c => c.Name, c => c.UnitId);
        Assert.Equal(province.Id, (await Host.Units.GetAsync(parts["Huyện Lạc Thủy Bắc"], Reform)).ParentId);
        Assert.Equal(parts["Huyện Lạc Thủy Bắc"], (await Host.Units.GetAsync(north.Id, Reform)).ParentId);
        Assert.Equal(parts["Huyện Lạc Thủy Nam"], (await Host.Units.GetAsync(south.Id, Reform)).ParentId);
        Assert.Equal(district.Id, (await Host.Units.GetAsync(south.Id, "2025-06-30")).ParentId);
        SameItems(["Huyện Lạc Thủy Bắc", "Huyện Lạc Thủy Nam"], await Host.ChildNamesAsync(province, Reform));
        SameItems([district.Name], await Host.ChildNamesAsync(province, "2025-06-30"));
        var lineage = await Reorganizations.LineageAsync(district);
        SameItems([$"Split {Reform} {district.Name}>Huyện Lạc Thủy Bắc", $"Split {Reform} {district.Name}>Huyện Lạc Thủy Nam"], lineage.Describe());
        Assert.All(lineage, e => Assert.Equal((planId, "202/2025/QH15"), (e.PlanId, e.Basis.Number)));
        Assert.Equal(lineage.Describe(), (await Reorganizations.LineageAsync(await Host.Units.GetAsync(parts["Huyện Lạc Thủy Nam"], Reform))).Describe());
    }

    [Fact]
    public async Task SplitUnit_SourceContinues_KeepsUnassignedChildrenAndLinksToItself()
    {
        var province = await Host.Units.CreateRootAsync();
        var ward = await Host.Units.CreateAsync("Phường Hữu Nghị", UnitKind.Ward, province);
        var stays = await Host.Units.CreateAsync("Tổ dân phố 1", UnitKind.Group, ward);
        var leaves = await Host.Units.CreateAsync("Tổ dân phố 9", UnitKind.Group, ward);

        var result = (await SplitUnit(Split(Id(ward), [New("moi", "Phường Thịnh Lang", UnitKind.Ward)], [(Id(leaves), "moi")], continues: true))).Result;

        Assert.Equal((1, 0, 1), (result.Counts.Created, result.Counts.Closed, result.Counts.Moved));
        var part = result.Changes.Single(c => c.Created);
        Assert.Equal(ward.Id, (await Host.Units.GetAsync(ward.Id, Reform)).Id);
        Assert.Equal([stays.Name], await Host.ChildNamesAsync(ward, Reform));
        Assert.Equal(part.UnitId, (await Host.Units.GetAsync(leaves.Id, Reform)).ParentId);
        SameItems([$"Split {Reform} {ward.Name}>{ward.Name}", $"Split {Reform} {ward.Name}>Phường Thịnh Lang"], (await Reorganizations.LineageAsync(ward)).Describe());
    }

    [Fact]
    public async Task SplitUnit_ChildLeftUnassigned_FailedPreconditionNamingTheChildStoresNothing()
    {
        var province = await Host.Units.CreateRootAsync();
        var district = await Host.Units.CreateAsync("Huyện Kim Bôi", UnitKind.District, province);
        var assigned = await Host.Units.CreateAsync("Xã Vĩnh Đồng", UnitKind.Commune, district);
        var forgotten = await Host.Units.CreateAsync("Xã Hợp Tiến", UnitKind.Commune, district);
        var before = await ReorganizationStore.ReadAsync(Host);

        var failure = await RpcAssert.FailedPrecondition(() => SplitUnit(Split(Id(district),
            [New("a", "Huyện A", UnitKind.District), New("b", "Huyện B", UnitKind.District)], [(Id(assigned), "a")])), "hierarchy.open-children");

        var violation = Assert.Single(failure.Violations);
        Assert.Equal($"operations/0 units/{district.Id}", violation.Subject);
        Assert.Contains(forgotten.Id, violation.Description);
        Assert.Equal(before, await ReorganizationStore.ReadAsync(Host));
    }

    [Fact]
    public async Task SplitUnit_BadInput_InvalidArgumentNamingEachField()
    {
        var province = await Host.Units.CreateRootAsync();
        var district = await Host.Units.CreateAsync("Huyện Tân Lạc", UnitKind.District, province);
        var commune = await Host.Units.CreateAsync("Xã Mãn Đức", UnitKind.Commune, district);
        var elsewhere = await Host.Units.CreateAsync("Xã Ngoài", UnitKind.Commune, province);
        NewUnit[] parts = [New("a", "Huyện A", UnitKind.District), New("b", "Huyện B", UnitKind.District)];

        await RpcAssert.InvalidArgument(() => SplitUnit(Split(Id(district), [parts[0]])), "split.parts");
        await RpcAssert.InvalidArgument(() => SplitUnit(Split(new UnitRef(), parts)), "split.source");
        await RpcAssert.InvalidArgument(() => SplitUnit(Split(Id(district), parts, [(Id(elsewhere), "a")])), "split.assignments[0].child");
        await RpcAssert.InvalidArgument(() => SplitUnit(Split(Id(district), parts, [(Id(commune), "c")])), "split.assignments[0].part_ref");
        await RpcAssert.InvalidArgument(() => SplitUnit(Split(Id(district), [parts[0], New("b", "", UnitKind.District, code: "bad")])),
            "split.parts[1].name", "split.parts[1].code");
        await RpcAssert.InvalidArgument(() => SplitUnit(Split(Id(district), [parts[0], parts[0]])), "split.parts[1].ref");
        await RpcAssert.InvalidArgument(() => SplitUnit(Split(Id(district), parts, [(Id(commune), "a"), (Id(commune), "b")])), "split.assignments[1].child");
    }
}

public sealed class SplitSqliteTests(SqliteFixture fixture) : SplitTests(fixture), IClassFixture<SqliteFixture>;

public sealed class SplitPostgresTests(PostgresFixture fixture) : SplitTests(fixture), IClassFixture<PostgresFixture>;
