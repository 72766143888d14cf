using Chancery.Server.Demo;
using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;

namespace Chancery.Server.Tests.Demo;

/// <summary>The demo tree: as of 2017-07-11 the old one, as of today the one after 2025-07-01.</summary>
public abstract class DemoHierarchyTests(HostFixture fixture)
{
    private ChanceryHost Host => fixture.Host;

    private async Task<Unit> ByCode(string code, string asOf) =>
        (await Host.Units.GetUnitAsync(new GetUnitRequest { Code = code, AsOf = asOf })).Unit;

    private async Task<List<string>> ChildNames(Unit parent, string asOf) =>
        (await Host.Units.ListChildrenAsync(new ListChildrenRequest { ParentId = parent.Id, AsOf = asOf })).Units.Select(u => u.Name).ToList();

    [Fact]
    public async Task Demo_In2017_HoaBinhWithItsDistricts()
    {
        var hoaBinh = await ByCode(DemoHierarchy.Codes.HoaBinh, "2017-07-11");
        var luongSon = await ByCode(DemoHierarchy.Codes.LuongSon, "2017-07-11");
        var lacThuy = await ByCode(DemoHierarchy.Codes.LacThuy, "2017-07-11");

        Assert.Equal(
            ["Ban Tổ chức Tỉnh ủy Hòa Bình"],
            (await Host.Units.SearchUnitsAsync(new SearchUnitsRequest { Query = "ban to chuc", WithinId = hoaBinh.Id, AsOf = "2017-07-11" })).Units.Select(u => u.Name));
        Assert.Equal(["Huyện Kim Bôi", "Huyện Kỳ Sơn", "Huyện Lạc Thủy", "Huyện Lương Sơn", "Tỉnh ủy Hòa Bình", "Ủy ban nhân dân tỉnh Hòa Bình"], await ChildNames(hoaBinh, "2017-07-11"));
        Assert.Equal(["Thị trấn Lương Sơn", "Ủy ban nhân dân huyện Lương Sơn"], await ChildNames(luongSon, "2017-07-11"));
        Assert.Contains("Trung tâm Hành chính công huyện Lạc Thủy", await ChildNames(lacThuy, "2017-07-11"));
        var top = await Host.Units.ListChildrenAsync(new ListChildrenRequest { AsOf = "2017-07-11" });
        Assert.Equal(["Tỉnh Hòa Bình", "Tỉnh Phú Thọ", "Tỉnh Vĩnh Phúc"], top.Units.Select(u => u.Name));
    }

    [Fact]
    public async Task Demo_Today_CommunesUnderPhuTho()
    {
        var phuTho = await ByCode(DemoHierarchy.Codes.PhuTho, "");
        var xaLuongSon = await ByCode(DemoHierarchy.Codes.ThiTranLuongSon, "");

        Assert.Equal("Xã Lương Sơn", xaLuongSon.Name);
        Assert.Equal(UnitKind.Commune, xaLuongSon.Kind);
        Assert.Equal(
            ["Trung tâm Phục vụ hành chính công tỉnh Phú Thọ", "Ủy ban nhân dân tỉnh Phú Thọ", "Xã Kim Bôi", "Xã Lương Sơn"],
            await ChildNames(phuTho, ""));
        var top = await Host.Units.ListChildrenAsync(new ListChildrenRequest());
        Assert.Equal(["Tỉnh Phú Thọ"], top.Units.Select(u => u.Name));
        await RpcAssert.NotFound(() => Host.Units.GetUnitAsync(new GetUnitRequest { Code = DemoHierarchy.Codes.HoaBinh }).ResponseAsync);
        await RpcAssert.NotFound(() => Host.Units.GetUnitAsync(new GetUnitRequest { Code = DemoHierarchy.Codes.LuongSon }).ResponseAsync);
    }

    [Fact]
    public async Task Demo_CommuneAncestorsChangeOnReformDay()
    {
        var luongSon = await ByCode(DemoHierarchy.Codes.ThiTranLuongSon, "2025-06-30");

        var before = await Host.Units.GetAncestorsAsync(new GetAncestorsRequest { Id = luongSon.Id, AsOf = "2025-06-30" });
        var after = await Host.Units.GetAncestorsAsync(new GetAncestorsRequest { Id = luongSon.Id, AsOf = "2025-07-01" });

        Assert.Equal(["Tỉnh Hòa Bình", "Huyện Lương Sơn"], before.Ancestors.Select(a => a.Name));
        Assert.Equal(["Tỉnh Phú Thọ"], after.Ancestors.Select(a => a.Name));
    }

    [Fact]
    public async Task Demo_ClosedProvinceAfterReform_AnswersWithItsSuccessor()
    {
        var hoaBinh = await ByCode(DemoHierarchy.Codes.HoaBinh, "2017-07-11");
        var phuTho = await ByCode(DemoHierarchy.Codes.PhuTho, "");

        var error = await RpcAssert.NotFound(() => Host.Units.GetUnitAsync(new GetUnitRequest { Id = hoaBinh.Id }).ResponseAsync);
        var resolved = await Host.Reorganizations.ResolveUnitAsync(new ResolveUnitRequest { Id = hoaBinh.Id });

        Assert.Contains("Tỉnh Phú Thọ", error.Status.Detail);
        var info = global::Grpc.Core.RpcExceptionExtensions.GetRpcStatus(error)!.GetDetail<Google.Rpc.ErrorInfo>();
        Assert.Equal("UNIT_SUCCEEDED", info.Reason);
        Assert.Equal(phuTho.Id, info.Metadata["successors"]);
        Assert.Null(resolved.Unit);
        Assert.Equal(phuTho.Id, Assert.Single(resolved.Successors).Unit.Id);
    }

    [Fact]
    public async Task Demo_MergedCommune_LineageBothWays()
    {
        var sonThuy = await ByCode(DemoHierarchy.Codes.SonThuy, "2017-07-11");
        var kimBoi = await ByCode(DemoHierarchy.Codes.XaKimBoi, "");

        var resolved = await Host.Reorganizations.ResolveUnitAsync(new ResolveUnitRequest { Id = sonThuy.Id });
        var lineage = await Host.Reorganizations.GetLineageAsync(new GetLineageRequest { UnitId = kimBoi.Id, MaxDepth = 1 });
        var before = await Host.Reorganizations.ResolveUnitAsync(new ResolveUnitRequest { Id = kimBoi.Id, AsOf = "2017-07-11" });

        Assert.Equal("Xã Kim Bôi", Assert.Single(resolved.Successors).Unit.Name);
        var merged = lineage.Entries.Where(e => e.Kind == LineageKind.Merged).ToList();
        Assert.Equal(["Xã Sơn Thủy", "Xã Thượng Bì"], merged.Select(e => e.PredecessorName).Order());
        Assert.All(merged, e => Assert.Equal(("2025-07-01", "202/2025/QH15", kimBoi.Id), (e.EffectiveDate, e.Basis.Number, e.SuccessorId)));
        Assert.Equal(["Xã Sơn Thủy", "Xã Thượng Bì"], before.Predecessors.Select(p => p.Unit.Name).Order());
    }
}

public sealed class DemoHierarchySqliteTests(SqliteDemoFixture fixture) : DemoHierarchyTests(fixture), IClassFixture<SqliteDemoFixture>;

public sealed class DemoHierarchyPostgresTests(PostgresDemoFixture fixture) : DemoHierarchyTests(fixture), IClassFixture<PostgresDemoFixture>;
