using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using static Chancery.Server.Tests.Reorganizations.Plans;

namespace Chancery.Server.Tests.Reorganizations;

/// <summary>A dry run shows what a plan would change and every problem, each at its operation, and stores nothing.</summary>
public abstract class DryRunTests(HostFixture fixture)
{
    private ChanceryHost Host => fixture.Host;

    private V1.Reorganizations.ReorganizationsClient Reorganizations => Host.Reorganizations;

    [Fact]
    public async Task DryRunPlan_GoodPlan_CountsAndChangesStoresNothing()
    {
        var province = await Host.Units.CreateRootAsync();
        var district = await Host.Units.CreateAsync("Huyện Kim Bôi", UnitKind.District, province);
        var a = await Host.Units.CreateAsync("Xã Sơn Thủy", UnitKind.Commune, district);
        var b = await Host.Units.CreateAsync("Xã Thượng Bì", UnitKind.Commune, district);
        var plan = Plan(Reform,
            Merge([Id(a), Id(b)], into: New("kim-boi", "Xã Kim Bôi", UnitKind.Commune, Id(province)), label: "sáp nhập"),
            Dissolve(Id(district), label: "giải thể huyện"));
        var before = await ReorganizationStore.ReadAsync(Host);

        var result = await Reorganizations.DryRunAsync(plan);

        Assert.Equal((plan.Id, false, false), (result.PlanId, result.Applied, result.AlreadyApplied));
        Assert.Empty(result.Problems);
        Assert.Equal((1, 3, 0, 0, 2), (result.Counts.Created, result.Counts.Closed, result.Counts.Moved, result.Counts.Renamed, result.Counts.Operations));
        Assert.Equal(4, result.ChangesTotal);
        var created = Assert.Single(result.Changes, c => c.Created);
        Assert.Equal(("Xã Kim Bôi", UnitKind.Commune, province.Id, 0), (created.Name, created.Kind, created.NewParentId, created.OperationIndex));
        var closed = result.ChangeOf(district.Id);
        Assert.Equal((true, 1, district.Name, province.Id, ""), (closed.Closed, closed.OperationIndex, closed.OldName, closed.OldParentId, closed.NewParentId));
        Assert.Equal(0, result.ChangeOf(a.Id).OperationIndex);
        Assert.Equal(before, await ReorganizationStore.ReadAsync(Host));
        Assert.Equal(district.Id, (await Host.Units.GetAsync(a.Id, Reform)).ParentId);
        Assert.Empty(await Reorganizations.LineageAsync(a));
        await RpcAssert.NotFound(() => Reorganizations.GetPlanAsync(new GetPlanRequest { PlanId = plan.Id }).ResponseAsync);
    }

    [Fact]
    public async Task DryRunPlan_ThenApply_ApplyCreatesTheIdsTheDryRunShowed()
    {
        var province = await Host.Units.CreateRootAsync();
        var district = await Host.Units.CreateAsync("Huyện Lạc Thủy", UnitKind.District, province);
        var commune = await Host.Units.CreateAsync("Xã An Bình", UnitKind.Commune, district);
        var plan = Plan(Reform,
            Split(Id(district), [New("a", "Huyện A", UnitKind.District), New("b", "Huyện B", UnitKind.District)], [(Id(commune), "b")]),
            Establish(New("ubnd-a", "Ủy ban nhân dân huyện A", UnitKind.PeopleCommittee, Ref("a"))));

        var dry = await Reorganizations.DryRunAsync(plan);
        var applied = await Reorganizations.ApplyAsync(plan);

        Assert.Equal(3, dry.Changes.Count(c => c.Created));
        Assert.Equal(dry.Changes.Select(c => c.UnitId), applied.Changes.Select(c => c.UnitId));
        Assert.Equal(dry.Counts, applied.Counts);
        foreach (var change in dry.Changes.Where(c => c.Created))
        {
            Assert.Equal(change.Name, (await Host.Units.GetAsync(change.UnitId, Reform)).Name);
        }
    }

    [Fact]
    public async Task DryRunPlan_SeveralProblems_EveryOneAtItsOperationStoresNothing()
    {
        var province = await Host.Units.CreateRootAsync();
        var district = await Host.Units.CreateAsync("Huyện Kỳ Sơn", UnitKind.District, province);
        await Host.Units.CreateAsync("Xã Dân Hạ", UnitKind.Commune, district);
        var taken = UnitsApi.NextCode();
        await Host.Units.CreateAsync("Xã Có mã", UnitKind.Commune, province, code: taken);
        var renamed = await Host.Units.CreateAsync("Xã Đổi mã", UnitKind.Commune, province);
        var missing = Guid.NewGuid().ToString();
        var plan = Plan(Reform,
            Rename(Id(renamed), code: taken, label: "trùng mã"),
            Transfer(Id(province), [Id(missing)], label: "không có"),
            Dissolve(Id(district), label: "còn xã"),
            Transfer(Ref("nowhere"), [Id(renamed)], label: "ref lạ"),
            Rename(Id(province), name: UnitsApi.UniqueName("Tỉnh Hợp lệ"), label: "đúng"));
        var before = await ReorganizationStore.ReadAsync(Host);

        var result = await Reorganizations.DryRunAsync(plan);

        Assert.Equal(
            [(0, "trùng mã", "failed-precondition", "hierarchy.code-unique"), (1, "không có", "not-found", "unit"),
             (2, "còn xã", "failed-precondition", "hierarchy.open-children"), (3, "ref lạ", "invalid-argument", "operations[3].transfer.new_parent")],
            result.Problems.Select(p => (p.OperationIndex, p.Label, p.Kind, p.Code)));
        Assert.Contains(missing, Assert.Single(result.Problems, p => p.OperationIndex == 1).Subject);
        Assert.Equal($"units/{district.Id}", Assert.Single(result.Problems, p => p.OperationIndex == 2).Subject);
        Assert.Equal(before, await ReorganizationStore.ReadAsync(Host));
    }

    [Fact]
    public async Task DryRunPlan_RefsUnknownAndUsedTwice_InvalidArgumentProblems()
    {
        var province = await Host.Units.CreateRootAsync();
        var plan = Plan(Reform,
            Establish(New("ban", "Ban Quản lý A", UnitKind.Agency, Id(province))),
            Establish(New("ban", "Ban Quản lý B", UnitKind.Agency, Id(province))),
            Establish(New("to", "Tổ Một", UnitKind.Team, Ref("chua-co"))),
            Establish(New("to-2", "Tổ Hai", UnitKind.Team, Ref("to"))));

        var result = await Reorganizations.DryRunAsync(plan);

        Assert.Equal(
            [(1, "operations[1].establish.unit.ref"), (2, "operations[2].establish.unit.parent"), (3, "operations[3].establish.unit.parent")],
            result.Problems.Select(p => (p.OperationIndex, p.Code)));
        Assert.All(result.Problems, p => Assert.Equal("invalid-argument", p.Kind));
        Assert.Contains("failed", result.Problems[2].Description);
        Assert.Equal(1, result.Counts.Created);
    }

    [Fact]
    public async Task DryRunPlan_RefOfOperationThatFailedAfterNamingItsUnit_LaterUseIsAProblemNotAnotherUnit()
    {
        var province = await Host.Units.CreateRootAsync();
        var existing = await Host.Units.CreateAsync("Ban Đã có", UnitKind.Agency, province);
        var team = await Host.Units.CreateAsync("Tổ Chuyển", UnitKind.Team, province);
        var clash = New("ban", "Ban Mới", UnitKind.Agency, Id(province));
        clash.Id = existing.Id;

        var result = await Reorganizations.DryRunAsync(Plan(Reform, Establish(clash), Transfer(Ref("ban"), [Id(team)])));

        Assert.Equal([(0, "already-exists"), (1, "invalid-argument")], result.Problems.Select(p => (p.OperationIndex, p.Kind)));
        Assert.Contains("failed", result.Problems[1].Description);
        Assert.DoesNotContain(result.Changes, c => c.UnitId == team.Id);
    }

    [Fact]
    public async Task DryRunPlan_BadPlan_InvalidArgumentNamingEachField()
    {
        var plan = new Plan { Id = "", EffectiveDate = "01/07/2025", Basis = new Basis { Number = "", Date = "2025-6-12" } };
        plan.Operations.Add(new Operation { Label = "trống" });

        await RpcAssert.InvalidArgument(() => Reorganizations.DryRunPlanAsync(new DryRunPlanRequest { Plan = plan }).ResponseAsync,
            "plan.id", "plan.effective_date", "plan.basis.number", "plan.basis.date", "plan.operations[0]");
        await RpcAssert.InvalidArgument(() => Reorganizations.DryRunPlanAsync(new DryRunPlanRequest { Plan = Plan("bad id!", Reform) }).ResponseAsync,
            "plan.id", "plan.operations");
    }
}

public sealed class DryRunSqliteTests(SqliteFixture fixture) : DryRunTests(fixture), IClassFixture<SqliteFixture>;

public sealed class DryRunPostgresTests(PostgresFixture fixture) : DryRunTests(fixture), IClassFixture<PostgresFixture>;
