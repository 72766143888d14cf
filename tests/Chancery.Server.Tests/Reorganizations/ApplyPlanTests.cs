using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using Google.Rpc;
using Grpc.Core;
using static Chancery.Server.Tests.Reorganizations.Plans;

namespace Chancery.Server.Tests.Reorganizations;

/// <summary>Applying a plan: all or nothing, once per plan id.</summary>
public abstract class ApplyPlanTests(HostFixture fixture)
{
    private ChanceryHost Host => fixture.Host;

    private V1.Reorganizations.ReorganizationsClient Reorganizations => Host.Reorganizations;

    private async Task<(Unit Province, Unit District, Unit A, Unit B)> DistrictAsync()
    {
        var province = await Host.Units.CreateRootAsync();
        var district = await Host.Units.CreateAsync("Huyện Kim Bôi", UnitKind.District, province);
        var a = await Host.Units.CreateAsync("Xã Sơn Thủy", UnitKind.Commune, district);
        var b = await Host.Units.CreateAsync("Xã Thượng Bì", UnitKind.Commune, district);
        return (province, district, a, b);
    }

    [Fact]
    public async Task ApplyPlan_OneOperationBreaksARule_NothingOfThePlanStored()
    {
        var (province, district, a, b) = await DistrictAsync();
        var other = await Host.Units.CreateAsync("Xã Khác", UnitKind.Commune, province);
        await Host.Units.CreateAsync("Đảng ủy xã Khác", UnitKind.PartyCommittee, other);
        var plan = Plan(Reform,
            Merge([Id(a), Id(b)], into: New("kb", "Xã Kim Bôi", UnitKind.Commune, Id(province))),
            Rename(Id(district), name: "Huyện Kim Bôi Mới"),
            Dissolve(Id(other)));
        var before = await ReorganizationStore.ReadAsync(Host);

        var failure = await RpcAssert.FailedPrecondition(() => Reorganizations.ApplyAsync(plan), "hierarchy.open-children");

        Assert.Equal($"operations/2 units/{other.Id}", Assert.Single(failure.Violations).Subject);
        Assert.Equal(before, await ReorganizationStore.ReadAsync(Host));
        Assert.Equal("Huyện Kim Bôi", (await Host.Units.GetAsync(district.Id, Reform)).Name);
        Assert.Equal(district.Id, (await Host.Units.GetAsync(a.Id, Reform)).ParentId);
        Assert.Empty(await Reorganizations.LineageAsync(a));
        await RpcAssert.NotFound(() => Reorganizations.GetPlanAsync(new GetPlanRequest { PlanId = plan.Id }).ResponseAsync);
    }

    [Fact]
    public async Task ApplyPlan_Twice_SecondAnswersFirstResultAlreadyAppliedStoresNothingNew()
    {
        var (province, district, a, b) = await DistrictAsync();
        var plan = Plan(Reform, Merge([Id(a), Id(b)], into: New("kb", "Xã Kim Bôi", UnitKind.Commune, Id(province))), Dissolve(Id(district)));

        var first = await Reorganizations.ApplyAsync(plan);
        var stored = await ReorganizationStore.ReadAsync(Host);
        var second = await Reorganizations.ApplyAsync(plan);
        var dryRun = await Reorganizations.DryRunAsync(plan);

        Assert.Equal((true, false), (first.Applied, first.AlreadyApplied));
        Assert.Equal((true, true), (second.Applied, second.AlreadyApplied));
        var expected = first.Clone();
        expected.AlreadyApplied = true;
        Assert.Equal(expected, second);
        Assert.Equal(expected, dryRun);
        Assert.Equal(stored, await ReorganizationStore.ReadAsync(Host));
        Assert.Equal(2, (await Reorganizations.LineageAsync(a)).Count);
    }

    [Fact]
    public async Task ApplyPlan_SameIdOtherContent_RefusedAsReusedId()
    {
        var (province, district, a, b) = await DistrictAsync();
        var plan = Plan(Reform, Merge([Id(a), Id(b)], survivor: Id(a)));
        await Reorganizations.ApplyAsync(plan);
        var stored = await ReorganizationStore.ReadAsync(Host);
        var changed = plan.Clone();
        changed.Operations.Add(Dissolve(Id(district), ChildrenDisposition.Close));

        var failure = await RpcAssert.FailedPrecondition(() => Reorganizations.ApplyAsync(changed), "plan.id-reused");
        await RpcAssert.FailedPrecondition(() => Reorganizations.DryRunAsync(changed), "plan.id-reused");

        Assert.Equal($"plans/{plan.Id}", failure.Violations[0].Subject);
        Assert.Equal(stored, await ReorganizationStore.ReadAsync(Host));
        Assert.Equal(district.Id, (await Host.Units.GetAsync(a.Id, Reform)).ParentId);
        Assert.Equal(province.Id, (await Host.Units.GetAsync(district.Id, Reform)).ParentId);
    }

    [Fact]
    public async Task ApplyPlan_RefusedThenCorrectedUnderSameId_Applied()
    {
        var (_, district, a, _) = await DistrictAsync();
        var refused = Plan(NewId(), Reform, Dissolve(Id(district)));
        await RpcAssert.FailedPrecondition(() => Reorganizations.ApplyAsync(refused), "hierarchy.open-children");

        var corrected = Plan(refused.Id, Reform, Dissolve(Id(district), ChildrenDisposition.Close));
        var result = await Reorganizations.ApplyAsync(corrected);

        Assert.Equal((true, false, 3), (result.Applied, result.AlreadyApplied, result.Counts.Closed));
        await RpcAssert.NotFound(() => Host.Units.GetAsync(a.Id, Reform));
    }

    [Fact]
    public async Task GetPlan_Applied_PlanResultAndWhoAppliedIt()
    {
        var (province, district, a, b) = await DistrictAsync();
        var plan = Plan(Reform,
            Rename(Id(a), name: "Xã Sơn Thủy Mới", kind: UnitKind.Ward),
            Transfer(Id(province), [Id(a), Id(b)]),
            Dissolve(Id(district)));
        plan.Description = "Sắp xếp huyện Kim Bôi";
        var applied = await Reorganizations.ApplyAsync(plan);

        var got = await Reorganizations.GetPlanAsync(new GetPlanRequest { PlanId = plan.Id });

        Assert.Equal((plan.Id, Reform, "Sắp xếp huyện Kim Bôi"), (got.Plan.Id, got.Plan.EffectiveDate, got.Plan.Description));
        Assert.Equal(Basis(), got.Plan.Basis);
        Assert.Equal(applied, got.Result);
        Assert.Equal("2026-06-15T03:00:00.000000Z", got.AppliedAt);
        Assert.Contains(ChanceryHost.AdminClientId, got.AppliedBy);
    }

    [Fact]
    public async Task ApplyPlan_BadEstablishInput_InvalidArgumentNamingPlanFieldsStoresNothing()
    {
        var province = await Host.Units.CreateRootAsync();
        var before = await ReorganizationStore.ReadAsync(Host);

        await RpcAssert.InvalidArgument(() => Reorganizations.ApplyAsync(Plan(Reform,
                Establish(New("ban", "Ban A", UnitKind.Agency, Id(province))),
                Establish(New("to", " ", UnitKind.Unspecified, Ref("ban"), code: "T01")))),
            "plan.operations[1].establish.unit.name", "plan.operations[1].establish.unit.kind", "plan.operations[1].establish.unit.code");
        await RpcAssert.InvalidArgument(() => Reorganizations.ApplyAsync(Plan(Reform,
                Establish(new NewUnit { Ref = "x", Name = "Ban X", Kind = UnitKind.Agency, Parent = Id("nope"), ValidFrom = "2025-02-30" }))),
            "plan.operations[0].establish.unit.parent.id", "plan.operations[0].establish.unit.valid_from");

        Assert.Equal(before, await ReorganizationStore.ReadAsync(Host));
    }

    [Fact]
    public async Task ApplyPlan_MissingUnit_NotFoundWithEveryProblemInDetails()
    {
        var (_, district, a, _) = await DistrictAsync();
        var missing = Guid.NewGuid().ToString();
        var plan = Plan(Reform, Rename(Id(missing), name: "Xã Không có"), Dissolve(Id(district)), Transfer(Code("999.99.99.Z99"), [Id(a)]));

        var error = await RpcAssert.NotFound(() => Reorganizations.ApplyAsync(plan));

        var failure = error.GetRpcStatus()!.GetDetail<PreconditionFailure>();
        Assert.Equal(
            [("unit", $"operations/0 units/{missing}"), ("hierarchy.open-children", $"operations/1 units/{district.Id}"), ("unit", "operations/2 codes/999.99.99.Z99/unit")],
            failure.Violations.Select(v => (v.Type, v.Subject)).Distinct());
    }
}

public sealed class ApplyPlanSqliteTests(SqliteFixture fixture) : ApplyPlanTests(fixture), IClassFixture<SqliteFixture>;

public sealed class ApplyPlanPostgresTests(PostgresFixture fixture) : ApplyPlanTests(fixture), IClassFixture<PostgresFixture>;
