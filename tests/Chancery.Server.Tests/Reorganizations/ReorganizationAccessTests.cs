using Chancery.Server.Tests.Access;
using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using Google.Rpc;
using Grpc.Core;
using static Chancery.Server.Tests.Reorganizations.Plans;

namespace Chancery.Server.Tests.Reorganizations;

/// <summary>
/// A unit administrator reorganizes inside their subtree only: every operation of a plan needs
/// rights over what it touches, judged on the drafted hierarchy at the effective date; one
/// operation reaching outside refuses the whole plan. A viewer reorganizes nothing.
/// </summary>
public abstract class ReorganizationAccessTests(MatrixFixture fixture)
{
    private MatrixScenario S => fixture.Scenario;

    private V1.Reorganizations.ReorganizationsClient UnitAdministrator => new(S.With(S.UnitAdministratorToken));

    private V1.Reorganizations.ReorganizationsClient Viewer => new(S.With(S.ViewerToken));

    private Task<Unit> CommuneAsync(Unit parent) => S.Host.Units.CreateAsync(UnitsApi.UniqueName("Xã Thử"), UnitKind.Commune, parent, "2020-01-01");

    [Fact]
    public async Task ApplyPlan_UnitAdministratorInsideSubtree_AppliedAndUsesUnitsItEstablishes()
    {
        var a = await CommuneAsync(S.Inside);
        var b = await CommuneAsync(S.Inside);
        var c = await CommuneAsync(S.Inside);
        var group = await S.Host.Units.CreateAsync(UnitsApi.UniqueName("Tổ Thử"), UnitKind.Group, c, "2020-01-01");
        var plan = Plan(Reform,
            Merge([Id(a), Id(b)], into: New("ab", UnitsApi.UniqueName("Xã Gộp"), UnitKind.Commune)),
            Establish(New("team", UnitsApi.UniqueName("Tổ Mới"), UnitKind.Team, Ref("ab"))),
            Transfer(Ref("team"), [Id(group)]),
            Rename(Id(c), name: UnitsApi.UniqueName("Xã Đổi tên")),
            Split(Id(c), [New("c2", UnitsApi.UniqueName("Xã Tách"), UnitKind.Commune)], continues: true));

        var result = await UnitAdministrator.ApplyAsync(plan);

        Assert.Equal((3, 2, 1), (result.Counts.Created, result.Counts.Closed, result.Counts.Moved));
        Assert.All(result.Changes.Where(ch => ch.Created && ch.Kind == UnitKind.Commune), ch => Assert.Equal(S.Inside.Id, ch.NewParentId));
    }

    [Fact]
    public async Task MergeUnits_UnitAdministratorOutsideSubtree_PermissionDeniedStoresNothing()
    {
        var a = await CommuneAsync(S.Outside);
        var b = await CommuneAsync(S.Outside);
        var before = await ReorganizationStore.ReadAsync(S.Host);

        var denial = await Denial.Of(() => UnitAdministrator.MergeUnitsAsync(new MergeUnitsRequest
        {
            PlanId = NewId(), EffectiveDate = Reform, Basis = Basis(), Merge = Merge([Id(a), Id(b)], survivor: Id(a)).Merge,
        }).ResponseAsync);

        Assert.Equal(("OUTSIDE_SUBTREE", $"hierarchy.write on units/{b.Id}"), (denial.Reason, denial.Permission));
        Assert.Equal(before, await ReorganizationStore.ReadAsync(S.Host));
    }

    [Fact]
    public async Task ApplyPlan_OnlyLastOperationReachesOutside_WholePlanDeniedStoresNothing()
    {
        var a = await CommuneAsync(S.Inside);
        var b = await CommuneAsync(S.Inside);
        var plan = Plan(Reform,
            Rename(Id(a), name: UnitsApi.UniqueName("Xã Trong")),
            Merge([Id(a), Id(b)], survivor: Id(a)),
            Transfer(Id(S.Outside), [Id(a)], label: "ra ngoài"));
        var before = await ReorganizationStore.ReadAsync(S.Host);

        var error = await RpcAssert.Fails(StatusCode.PermissionDenied, () => UnitAdministrator.ApplyAsync(plan));

        var failure = error.GetRpcStatus()!.GetDetail<PreconditionFailure>();
        var violation = Assert.Single(failure.Violations);
        Assert.Equal(($"hierarchy.write on units/{S.Outside.Id}", "operations/2"), (violation.Type, violation.Subject));
        Assert.Equal($"hierarchy.write on units/{S.Outside.Id}", error.GetRpcStatus()!.GetDetail<ErrorInfo>().Metadata["permission"]);
        Assert.Equal(before, await ReorganizationStore.ReadAsync(S.Host));
        Assert.Empty(await S.Host.Reorganizations.LineageAsync(b));
    }

    [Fact]
    public async Task DryRunPlan_UnitAdministratorOutside_ReportsPermissionProblemAtItsOperation()
    {
        var inside = await CommuneAsync(S.Inside);
        var outside = await CommuneAsync(S.Outside);
        var plan = Plan(Reform, Rename(Id(inside), name: UnitsApi.UniqueName("Xã Trong")), Dissolve(Id(outside)));

        var result = await UnitAdministrator.DryRunAsync(plan);

        var problem = Assert.Single(result.Problems);
        Assert.Equal((1, "permission-denied", $"hierarchy.write on units/{outside.Id}"), (problem.OperationIndex, problem.Kind, problem.Code));
    }

    [Fact]
    public async Task TransferUnits_UnitAdministratorInsideUnitToTopLevel_DeniedNamingTopLevel()
    {
        var unit = await CommuneAsync(S.Inside);

        var denial = await Denial.Of(() => UnitAdministrator.TransferUnitsAsync(new TransferUnitsRequest
        {
            PlanId = NewId(), EffectiveDate = Reform, Basis = Basis(), Transfer = Transfer(null, [Id(unit)]).Transfer,
        }).ResponseAsync);

        Assert.Equal("hierarchy.write on the top level", denial.Permission);
    }

    [Fact]
    public async Task DissolveUnit_UnitAdministratorTopOfSubtree_DeniedNamingParent()
    {
        var denial = await Denial.Of(() => UnitAdministrator.DissolveUnitAsync(new DissolveUnitRequest
        {
            PlanId = NewId(), EffectiveDate = Reform, Basis = Basis(), Dissolve = Dissolve(Id(S.Inside)).Dissolve,
        }).ResponseAsync);

        Assert.Equal($"hierarchy.write on units/{S.Province.Id}", denial.Permission);
    }

    [Fact]
    public async Task SplitUnit_UnitAdministratorPartUnderOutsideParent_Denied()
    {
        var unit = await CommuneAsync(S.Inside);

        var denial = await Denial.Of(() => UnitAdministrator.SplitUnitAsync(new SplitUnitRequest
        {
            PlanId = NewId(), EffectiveDate = Reform, Basis = Basis(),
            Split = Split(Id(unit), [New("a", "Xã Phần A", UnitKind.Commune), New("b", "Xã Phần B", UnitKind.Commune, Id(S.Outside))]).Split,
        }).ResponseAsync);

        Assert.Equal($"hierarchy.write on units/{S.Outside.Id}", denial.Permission);
    }

    [Fact]
    public async Task ApplyPlan_Viewer_PermissionDeniedStoresNothing()
    {
        var a = await CommuneAsync(S.Inside);
        var before = await ReorganizationStore.ReadAsync(S.Host);

        var denial = await Denial.Of(() => Viewer.ApplyAsync(Plan(Reform, Rename(Id(a), name: "Xã Của Người Xem"))));
        var dryRun = await Viewer.DryRunAsync(Plan(Reform, Rename(Id(a), name: "Xã Của Người Xem")));

        Assert.Equal($"hierarchy.write on units/{a.Id}", denial.Permission);
        Assert.Equal("permission-denied", Assert.Single(dryRun.Problems).Kind);
        Assert.Equal(before, await ReorganizationStore.ReadAsync(S.Host));
    }

    [Fact]
    public async Task ApplyPlan_ViewerRepeatsAnAppliedPlan_PermissionDeniedNotAlreadyApplied()
    {
        var a = await CommuneAsync(S.Inside);
        var plan = Plan(Reform, Rename(Id(a), name: UnitsApi.UniqueName("Xã Đã đổi")));
        await S.Host.Reorganizations.ApplyAsync(plan);

        var denial = await Denial.Of(() => Viewer.ApplyAsync(plan));
        var repeated = await UnitAdministrator.ApplyAsync(plan);

        Assert.Equal(("ROLE_REQUIRED", "hierarchy.write"), (denial.Reason, denial.Permission));
        Assert.True(repeated.AlreadyApplied);
    }

    [Fact]
    public async Task ImportHierarchy_ViewerSendsWhatTheRegistryHolds_PermissionDeniedAsForAnAppliedPlan()
    {
        var file = await S.Host.Reorganizations.ExportAsync(FileFormat.JsonLines, Reform, S.InsideBelow.Id);
        var planId = NewId("import");
        var header = HierarchyFiles.Header(FileFormat.JsonLines, planId, Reform);
        var before = await ReorganizationStore.ReadAsync(S.Host);

        var denial = await Denial.Of(() => Viewer.ImportAsync(header, file));
        var dryRun = await Viewer.ImportAsync(HierarchyFiles.Header(FileFormat.JsonLines, planId, Reform, dryRun: true), file);
        var unitAdministrator = await UnitAdministrator.ImportAsync(header, file);

        Assert.Equal(("ROLE_REQUIRED", "hierarchy.write"), (denial.Reason, denial.Permission));
        Assert.Equal(0, dryRun.Result.Counts.Operations);
        Assert.Equal((false, 0), (unitAdministrator.Result.Applied, unitAdministrator.Result.Counts.Operations));
        Assert.Equal(before, await ReorganizationStore.ReadAsync(S.Host));
    }

    [Fact]
    public async Task GetLineageAndResolveUnit_Viewer_Allowed()
    {
        var a = await CommuneAsync(S.Outside);
        var b = await CommuneAsync(S.Outside);
        await S.Host.Reorganizations.ApplyAsync(Plan(Reform, Merge([Id(a), Id(b)], survivor: Id(b))));

        var lineage = await Viewer.LineageAsync(a);
        var resolved = await Viewer.ResolveAsync(a, Reform);

        Assert.Equal(2, lineage.Count);
        Assert.Equal(b.Id, Assert.Single(resolved.Successors).Unit.Id);
    }
}

public sealed class ReorganizationAccessSqliteTests(SqliteMatrixFixture fixture) : ReorganizationAccessTests(fixture), IClassFixture<SqliteMatrixFixture>;

public sealed class ReorganizationAccessPostgresTests(PostgresMatrixFixture fixture) : ReorganizationAccessTests(fixture), IClassFixture<PostgresMatrixFixture>;
