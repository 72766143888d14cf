using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;

namespace Chancery.Server.Tests.Units;

public abstract class MoveAndCloseUnitTests(HostFixture fixture)
{
    private ChanceryHost Host => fixture.Host;

    private Task<MoveUnitResponse> Move(Unit unit, Unit? parent, string effective, long? version = null) =>
        Host.Units.MoveUnitAsync(new MoveUnitRequest
        {
            Id = unit.Id, NewParentId = parent?.Id ?? "", ExpectedVersion = version ?? unit.Version, EffectiveDate = effective,
        }).ResponseAsync;

    private Task<CloseUnitResponse> Close(Unit unit, string effective, long? version = null) =>
        Host.Units.CloseUnitAsync(new CloseUnitRequest { Id = unit.Id, ExpectedVersion = version ?? unit.Version, EffectiveDate = effective }).ResponseAsync;

    [Fact]
    public async Task MoveUnit_ToNewParent_AncestorsChangeFromDate()
    {
        var oldProvince = await Host.Units.CreateRootAsync();
        var newProvince = await Host.Units.CreateRootAsync();
        var commune = await Host.Units.CreateAsync("Xã Sơn Thủy", UnitKind.Commune, oldProvince, "2000-01-01");

        var moved = (await Move(commune, newProvince, "2025-07-01")).Unit;

        Assert.Equal(newProvince.Id, moved.ParentId);
        var before = await Host.Units.GetAncestorsAsync(new GetAncestorsRequest { Id = commune.Id, AsOf = "2025-06-30" });
        var after = await Host.Units.GetAncestorsAsync(new GetAncestorsRequest { Id = commune.Id, AsOf = "2025-07-01" });
        Assert.Equal(oldProvince.Id, Assert.Single(before.Ancestors).Id);
        Assert.Equal(newProvince.Id, Assert.Single(after.Ancestors).Id);
        var oldChildren = await Host.Units.ListChildrenAsync(new ListChildrenRequest { ParentId = oldProvince.Id, AsOf = "2025-07-01" });
        Assert.Empty(oldChildren.Units);
    }

    [Fact]
    public async Task MoveUnit_UnderOwnDescendant_FailedPreconditionAndStoresNothing()
    {
        var root = await Host.Units.CreateRootAsync();
        var department = await Host.Units.CreateAsync("Sở Nội vụ", UnitKind.Department, root);
        var division = await Host.Units.CreateAsync("Phòng Tổ chức biên chế", UnitKind.Division, department);
        var team = await Host.Units.CreateAsync("Tổ Tổng hợp", UnitKind.Team, division);
        var before = await Host.StoredAsync();

        await RpcAssert.FailedPrecondition(() => Move(department, team, "2024-01-01"), "hierarchy.no-cycle");
        await RpcAssert.InvalidArgument(() => Move(department, department, "2024-01-01"), "new_parent_id");

        Assert.Equal(before, await Host.StoredAsync());
        Assert.Equal(root.Id, (await Host.Units.GetAsync(department.Id, "2024-01-01")).ParentId);
    }

    [Fact]
    public async Task MoveUnit_CycleOnlyFromAFutureDate_FailedPrecondition()
    {
        var root = await Host.Units.CreateRootAsync();
        var a = await Host.Units.CreateAsync("Phòng A", UnitKind.Division, root);
        var b = await Host.Units.CreateAsync("Phòng B", UnitKind.Division, root);
        var movedB = (await Move(b, a, "2030-01-01")).Unit;

        await RpcAssert.FailedPrecondition(() => Move(a, b, "2029-01-01"), "hierarchy.no-cycle");
        await RpcAssert.FailedPrecondition(() => Move(a, b, "2021-01-01"), "hierarchy.no-cycle");

        Assert.Equal(a.Id, movedB.ParentId);
        Assert.Equal(root.Id, (await Host.Units.GetAsync(b.Id, "2029-12-31")).ParentId);
        Assert.Equal(a.Id, (await Host.Units.GetAsync(b.Id, "2030-01-01")).ParentId);
    }

    [Fact]
    public async Task MoveUnit_UnderClosedParent_FailedPrecondition()
    {
        var root = await Host.Units.CreateRootAsync();
        var closing = await Host.Units.CreateAsync("Ban Quản lý dự án", UnitKind.Agency, root);
        await Close(closing, "2024-01-01");
        var unit = await Host.Units.CreateAsync("Phòng Kỹ thuật", UnitKind.Division, root);

        await RpcAssert.FailedPrecondition(() => Move(unit, closing, "2023-06-01"), "hierarchy.parent-period");
    }

    [Fact]
    public async Task MoveUnit_StaleVersion_Aborted()
    {
        var root = await Host.Units.CreateRootAsync();
        var other = await Host.Units.CreateRootAsync();
        var unit = await Host.Units.CreateAsync("Phòng Pháp chế", UnitKind.Division, root);
        await Move(unit, other, "2022-01-01");

        await RpcAssert.Aborted(() => Move(unit, root, "2023-01-01", version: 1));
    }

    [Fact]
    public async Task MoveUnit_ToTopLevel_HasNoAncestors()
    {
        var root = await Host.Units.CreateRootAsync();
        var unit = await Host.Units.CreateAsync(UnitsApi.UniqueName("Ban Dân tộc"), UnitKind.Department, root);

        await Move(unit, null, "2024-01-01");

        var ancestors = await Host.Units.GetAncestorsAsync(new GetAncestorsRequest { Id = unit.Id, AsOf = "2024-01-01" });
        Assert.Empty(ancestors.Ancestors);
        var top = await Host.Units.ListChildrenAsync(new ListChildrenRequest { AsOf = "2024-01-01", PageSize = 1000 });
        Assert.Contains(top.Units, u => u.Id == unit.Id);
    }

    [Fact]
    public async Task CloseUnit_Leaf_ClosedFromDate()
    {
        var root = await Host.Units.CreateRootAsync();
        var centre = await Host.Units.CreateAsync("Trung tâm Hành chính công", UnitKind.PublicAdministrationCentre, root, "2016-10-01");

        var closed = (await Close(centre, "2025-07-01")).Unit;

        Assert.Equal("2025-07-01", closed.ClosedOn);
        Assert.Equal("2025-07-01", closed.ValidTo);
        Assert.Equal(centre.Id, (await Host.Units.GetAsync(centre.Id, "2025-06-30")).Id);
        var notFound = await RpcAssert.NotFound(() => Host.Units.GetAsync(centre.Id, "2025-07-01"));
        Assert.Contains("did not exist on 2025-07-01", notFound.Status.Detail);
    }

    [Fact]
    public async Task CloseUnit_WithChildrenAfterDate_FailedPreconditionAndStoresNothing()
    {
        var root = await Host.Units.CreateRootAsync();
        var district = await Host.Units.CreateAsync("Huyện Kim Bôi", UnitKind.District, root);
        await Host.Units.CreateAsync("Xã Sơn Thủy", UnitKind.Commune, district);
        var before = await Host.StoredAsync();

        await RpcAssert.FailedPrecondition(() => Close(district, "2025-07-01"), "hierarchy.open-children");

        Assert.Equal(before, await Host.StoredAsync());
    }

    [Fact]
    public async Task CloseUnit_WithChildren_AskedInVietnamese_TheRulesMessageInVietnamese_TypeAndSubjectUnchanged()
    {
        var root = await Host.Units.CreateRootAsync();
        var district = await Host.Units.CreateAsync("Huyện Lạc Thủy", UnitKind.District, root);
        await Host.Units.CreateAsync("Xã An Bình", UnitKind.Commune, district);
        Task Close(string language) => Host.Units.CloseUnitAsync(
            new CloseUnitRequest { Id = district.Id, ExpectedVersion = district.Version, EffectiveDate = "2025-07-01" },
            new global::Grpc.Core.Metadata { { "accept-language", language } }).ResponseAsync;

        var vietnamese = await RpcAssert.FailedPrecondition(() => Close("vi-VN, en;q=0.5"), "hierarchy.open-children");
        var english = await RpcAssert.FailedPrecondition(() => Close("en"), "hierarchy.open-children");

        Assert.StartsWith("Đơn vị còn đơn vị trực thuộc", vietnamese.Violations[0].Description);
        Assert.Contains("Move or close the child first", english.Violations[0].Description);
        Assert.Equal(english.Violations[0].Subject, vietnamese.Violations[0].Subject);
        var status = (await Assert.ThrowsAsync<global::Grpc.Core.RpcException>(() => Close("vi"))).Status;
        Assert.StartsWith("Đơn vị còn đơn vị trực thuộc", status.Detail);
    }

    [Fact]
    public async Task CloseUnit_AfterChildMovedAway_Allowed()
    {
        var root = await Host.Units.CreateRootAsync();
        var district = await Host.Units.CreateAsync("Huyện Lương Sơn", UnitKind.District, root);
        var township = await Host.Units.CreateAsync("Thị trấn Lương Sơn", UnitKind.Township, district);
        await Move(township, root, "2025-07-01");

        var closed = (await Close(district, "2025-07-01")).Unit;

        Assert.Equal("2025-07-01", closed.ClosedOn);
    }

    [Fact]
    public async Task CloseUnit_Twice_FailedPrecondition()
    {
        var root = await Host.Units.CreateRootAsync();
        var unit = await Host.Units.CreateAsync("Chi cục Kiểm lâm", UnitKind.Agency, root);
        var closed = (await Close(unit, "2025-01-01")).Unit;

        await RpcAssert.FailedPrecondition(() => Close(closed, "2025-02-01"), "hierarchy.already-closed");
    }

    [Fact]
    public async Task CloseUnit_MissingVersion_InvalidArgument()
    {
        var root = await Host.Units.CreateRootAsync();

        await RpcAssert.InvalidArgument(() => Host.Units.CloseUnitAsync(new CloseUnitRequest { Id = root.Id, EffectiveDate = "2025-13-01" }).ResponseAsync,
            "expected_version", "effective_date");
    }
}

public sealed class MoveAndCloseUnitSqliteTests(SqliteFixture fixture) : MoveAndCloseUnitTests(fixture), IClassFixture<SqliteFixture>;

public sealed class MoveAndCloseUnitPostgresTests(PostgresFixture fixture) : MoveAndCloseUnitTests(fixture), IClassFixture<PostgresFixture>;
