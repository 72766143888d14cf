using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using Google.Rpc;
using Grpc.Core;
using static Chancery.Server.Tests.Reorganizations.Plans;
using static Chancery.Server.Tests.Reorganizations.ReorganizationsApi;

namespace Chancery.Server.Tests.Reorganizations;

/// <summary>Dissolutions: a unit ends without successor, its children closed with it or moved elsewhere.</summary>
public abstract class DissolveTests(HostFixture fixture)
{
    private ChanceryHost Host => fixture.Host;

    private V1.Reorganizations.ReorganizationsClient Reorganizations => Host.Reorganizations;

    private Task<ApplyPlanResponse> DissolveUnit(Operation dissolve) =>
        Reorganizations.DissolveUnitAsync(new DissolveUnitRequest { PlanId = NewId(), EffectiveDate = Reform, Basis = Basis(), Dissolve = dissolve.Dissolve }).ResponseAsync;

    [Fact]
    public async Task DissolveUnit_WithChildrenClosed_WholeSubtreeEndsAndAnswersDissolved()
    {
        var province = await Host.Units.CreateRootAsync();
        var district = await Host.Units.CreateAsync("Huyện Kỳ Sơn", UnitKind.District, province);
        var committee = await Host.Units.CreateAsync("Ủy ban nhân dân huyện Kỳ Sơn", UnitKind.PeopleCommittee, district);
        var office = await Host.Units.CreateAsync("Văn phòng HĐND và UBND huyện", UnitKind.Office, committee);

        var result = (await DissolveUnit(Dissolve(Id(district), ChildrenDisposition.Close))).Result;

        Assert.Equal((0, 3, 0), (result.Counts.Created, result.Counts.Closed, result.Counts.Moved));
        Assert.Empty(await Host.ChildNamesAsync(province, Reform));
        Assert.Equal(office.Id, (await Host.Units.GetAsync(office.Id, "2025-06-30")).Id);
        foreach (var unit in new[] { district, committee, office })
        {
            var error = await RpcAssert.NotFound(() => Host.Units.GetAsync(unit.Id, Reform));
            var info = error.GetRpcStatus()!.GetDetail<ErrorInfo>();
            Assert.Equal(("UNIT_DISSOLVED", "", Reform), (info.Reason, info.Metadata["successors"], info.Metadata["closed_on"]));
            Assert.Contains("dissolved on 2025-07-01 without successor", error.Status.Detail);
            Assert.Equal([$"Dissolved {Reform} {unit.Name}>"], (await Reorganizations.LineageAsync(unit)).Describe());
        }
    }

    [Fact]
    public async Task DissolveUnit_WithChildrenMovedTo_ChildrenContinueUnderTheOtherUnit()
    {
        var province = await Host.Units.CreateRootAsync();
        var board = await Host.Units.CreateAsync("Ban Quản lý dự án", UnitKind.Agency, province);
        var team = await Host.Units.CreateAsync("Tổ Kỹ thuật", UnitKind.Team, board);
        var department = await Host.Units.CreateAsync("Sở Xây dựng", UnitKind.Department, province);

        var result = (await DissolveUnit(Dissolve(Id(board), ChildrenDisposition.MoveTo, Id(department)))).Result;

        Assert.Equal((1, 1), (result.Counts.Closed, result.Counts.Moved));
        Assert.Equal(department.Id, (await Host.Units.GetAsync(team.Id, Reform)).ParentId);
        Assert.Equal(board.Id, (await Host.Units.GetAsync(team.Id, "2025-06-30")).ParentId);
        Assert.Equal([department.Name], await Host.ChildNamesAsync(province, Reform));
        var lineage = Assert.Single(await Reorganizations.LineageAsync(board));
        Assert.Equal((LineageKind.Dissolved, board.Id, ""), (lineage.Kind, lineage.PredecessorId, lineage.SuccessorId));
    }

    [Fact]
    public async Task DissolveUnit_LeavingChildren_FailedPreconditionStoresNothing()
    {
        var province = await Host.Units.CreateRootAsync();
        var district = await Host.Units.CreateAsync("Huyện Lạc Thủy", UnitKind.District, province);
        var commune = await Host.Units.CreateAsync("Xã An Bình", UnitKind.Commune, district);
        var before = await ReorganizationStore.ReadAsync(Host);

        var failure = await RpcAssert.FailedPrecondition(() => DissolveUnit(Dissolve(Id(district))), "hierarchy.open-children");

        var violation = Assert.Single(failure.Violations);
        Assert.Equal($"operations/0 units/{district.Id}", violation.Subject);
        Assert.Contains(commune.Id, violation.Description);
        Assert.Equal(before, await ReorganizationStore.ReadAsync(Host));
        Assert.Equal(district.Id, (await Host.Units.GetAsync(commune.Id, Reform)).ParentId);
    }

    [Fact]
    public async Task DissolveUnit_Twice_FailedPrecondition()
    {
        var province = await Host.Units.CreateRootAsync();
        var unit = await Host.Units.CreateAsync("Chi cục Kiểm lâm", UnitKind.Agency, province);
        await DissolveUnit(Dissolve(Id(unit)));

        await RpcAssert.FailedPrecondition(() => DissolveUnit(Dissolve(Id(unit))), "hierarchy.already-closed");
    }

    [Fact]
    public async Task DissolveUnit_BadInput_InvalidArgumentNamingEachField()
    {
        var province = await Host.Units.CreateRootAsync();
        var unit = await Host.Units.CreateAsync("Phòng Tư pháp", UnitKind.Division, province);

        await RpcAssert.InvalidArgument(() => DissolveUnit(Dissolve(Id(unit), ChildrenDisposition.MoveTo)), "dissolve.children_to");
        await RpcAssert.InvalidArgument(() => DissolveUnit(Dissolve(new UnitRef { Id = "12" })), "dissolve.unit.id");
        await RpcAssert.InvalidArgument(() => DissolveUnit(Dissolve(Ref("later"))), "dissolve.unit");
        await RpcAssert.InvalidArgument(() => Reorganizations.DissolveUnitAsync(new DissolveUnitRequest
        {
            PlanId = "plan with spaces", EffectiveDate = Reform, Basis = Basis(), Dissolve = Dissolve(Id(unit)).Dissolve,
        }).ResponseAsync, "plan_id");
    }
}

public sealed class DissolveSqliteTests(SqliteFixture fixture) : DissolveTests(fixture), IClassFixture<SqliteFixture>;

public sealed class DissolvePostgresTests(PostgresFixture fixture) : DissolveTests(fixture), IClassFixture<PostgresFixture>;
