using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using Google.Rpc;
using Grpc.Core;
using static Chancery.Server.Tests.Reorganizations.Plans;
using static Chancery.Server.Tests.Reorganizations.ReorganizationsApi;

namespace Chancery.Server.Tests.Reorganizations;

/// <summary>
/// Lineage across two successive plans: xã A and xã B merge into xã C on 2025-07-01 (plan 1), and
/// xã C splits into xã E and xã F on 2026-01-01 (plan 2). GetLineage follows it transitively both
/// ways; ResolveUnit and GetUnit answer where a unit is on a date.
/// </summary>
public abstract class LineageTests(HostFixture fixture)
{
    private const string SplitDay = "2026-01-01";

    private ChanceryHost Host => fixture.Host;

    private V1.Reorganizations.ReorganizationsClient Reorganizations => Host.Reorganizations;

    private sealed record Chain(Unit A, Unit B, Unit C, Unit E, Unit F, string MergePlan, string SplitPlan);

    private async Task<Chain> TwoPlansAsync()
    {
        var province = await Host.Units.CreateRootAsync();
        var a = await Host.Units.CreateAsync(UnitsApi.UniqueName("Xã A"), UnitKind.Commune, province);
        var b = await Host.Units.CreateAsync(UnitsApi.UniqueName("Xã B"), UnitKind.Commune, province);
        var merge = Plan(NewId("merge"), Reform, Merge([Id(a), Id(b)], into: New("c", UnitsApi.UniqueName("Xã C"), UnitKind.Commune)));
        var c = await Host.Units.GetAsync((await Reorganizations.ApplyAsync(merge)).Changes.Single(x => x.Created).UnitId, Reform);
        var split = Plan(NewId("split"), SplitDay, Split(Id(c), [New("e", UnitsApi.UniqueName("Xã E"), UnitKind.Commune), New("f", UnitsApi.UniqueName("Xã F"), UnitKind.Commune)]));
        split.Basis = Basis("1656/NQ-UBTVQH15");
        var parts = (await Reorganizations.ApplyAsync(split)).Changes.Where(x => x.Created).OrderBy(x => x.Name, StringComparer.Ordinal).ToList();
        return new Chain(a, b, c, await Host.Units.GetAsync(parts[0].UnitId, SplitDay), await Host.Units.GetAsync(parts[1].UnitId, SplitDay), merge.Id, split.Id);
    }

    [Fact]
    public async Task GetLineage_AcrossTwoPlans_TransitiveBothWaysOldestFirstWithDatesAndBases()
    {
        var x = await TwoPlansAsync();

        var fromOldest = await Reorganizations.LineageAsync(x.A);
        var fromNewest = await Reorganizations.LineageAsync(x.F);

        SameItems(fromOldest.Select(e => e.ToString()), fromNewest.Select(e => e.ToString()));
        Assert.Equal(4, fromOldest.Count);
        Assert.Equal([Reform, Reform, SplitDay, SplitDay], fromOldest.Select(e => e.EffectiveDate));
        Assert.Equal([x.MergePlan, x.MergePlan, x.SplitPlan, x.SplitPlan], fromOldest.Select(e => e.PlanId));
        Assert.Equal(["202/2025/QH15", "202/2025/QH15", "1656/NQ-UBTVQH15", "1656/NQ-UBTVQH15"], fromOldest.Select(e => e.Basis.Number));
        SameItems(
            [$"Merged {Reform} {x.A.Name}>{x.C.Name}", $"Merged {Reform} {x.B.Name}>{x.C.Name}", $"Split {SplitDay} {x.C.Name}>{x.E.Name}", $"Split {SplitDay} {x.C.Name}>{x.F.Name}"],
            fromOldest.Describe());
        Assert.All(fromOldest, e => Assert.Equal(("2025-06-12", "Quốc hội"), (e.Basis.Date, e.Basis.Issuer)));
    }

    [Fact]
    public async Task GetLineage_MaxDepthOne_OnlyTheUnitsOwnSteps()
    {
        var x = await TwoPlansAsync();

        var near = await Reorganizations.LineageAsync(x.C, maxDepth: 1);
        var first = await Reorganizations.LineageAsync(x.A, maxDepth: 1);

        Assert.Equal(4, near.Count);
        Assert.Equal([$"Merged {Reform} {x.A.Name}>{x.C.Name}"], first.Describe());
    }

    [Fact]
    public async Task GetLineage_UnitWithoutReorganization_Empty()
    {
        var unit = await Host.Units.CreateRootAsync();

        Assert.Empty(await Reorganizations.LineageAsync(unit));
        await RpcAssert.NotFound(() => Reorganizations.GetLineageAsync(new GetLineageRequest { UnitId = Guid.NewGuid().ToString() }).ResponseAsync);
        await RpcAssert.InvalidArgument(() => Reorganizations.GetLineageAsync(new GetLineageRequest { UnitId = "x", MaxDepth = -1 }).ResponseAsync, "unit_id", "max_depth");
    }

    [Fact]
    public async Task ResolveUnit_Forward_ItselfThenMergedUnitThenItsParts()
    {
        var x = await TwoPlansAsync();

        var itself = await Reorganizations.ResolveAsync(x.A, "2025-06-30");
        var merged = await Reorganizations.ResolveAsync(x.A, "2025-08-01");
        var parts = await Reorganizations.ResolveAsync(x.A, "2026-02-01");

        Assert.Equal(x.A.Id, itself.Unit.Id);
        Assert.Empty(itself.Successors);
        Assert.Null(merged.Unit);
        var c = Assert.Single(merged.Successors);
        Assert.Equal(x.C.Id, c.Unit.Id);
        Assert.Equal([$"Merged {Reform} {x.A.Name}>{x.C.Name}"], c.Path.Describe());
        SameItems([x.E.Id, x.F.Id], parts.Successors.Select(s => s.Unit.Id));
        Assert.All(parts.Successors, s => Assert.Equal([Reform, SplitDay], s.Path.Select(p => p.EffectiveDate)));
        Assert.Empty(parts.Ends);
    }

    [Fact]
    public async Task ResolveUnit_Backward_PredecessorsAsTheyWereOnTheDate()
    {
        var x = await TwoPlansAsync();

        var beforeSplit = await Reorganizations.ResolveAsync(x.E, "2025-08-01");
        var beforeMerge = await Reorganizations.ResolveAsync(x.E, "2025-01-01");

        Assert.Null(beforeSplit.Unit);
        Assert.Equal(x.C.Id, Assert.Single(beforeSplit.Predecessors).Unit.Id);
        SameItems([x.A.Id, x.B.Id], beforeMerge.Predecessors.Select(p => p.Unit.Id));
        Assert.All(beforeMerge.Predecessors, p => Assert.Equal([SplitDay, Reform], p.Path.Select(s => s.EffectiveDate)));
        Assert.Empty(beforeMerge.Successors);
    }

    [Fact]
    public async Task GetUnit_MergedUnitAfterDate_NotFoundWithSuccessorsInErrorInfo()
    {
        var x = await TwoPlansAsync();

        var afterMerge = await RpcAssert.NotFound(() => Host.Units.GetAsync(x.A.Id, "2025-08-01"));
        var afterSplit = await RpcAssert.NotFound(() => Host.Units.GetAsync(x.A.Id, "2026-02-01"));
        var notYet = await RpcAssert.NotFound(() => Host.Units.GetAsync(x.E.Id, "2025-08-01"));

        var merged = afterMerge.GetRpcStatus()!.GetDetail<ErrorInfo>();
        Assert.Equal(("UNIT_SUCCEEDED", x.C.Id, Reform), (merged.Reason, merged.Metadata["successors"], merged.Metadata["closed_on"]));
        Assert.Contains(x.C.Name, afterMerge.Status.Detail);
        var split = afterSplit.GetRpcStatus()!.GetDetail<ErrorInfo>();
        SameItems([x.E.Id, x.F.Id], split.Metadata["successors"].Split(','));
        var early = notYet.GetRpcStatus()!.GetDetail<ErrorInfo>();
        Assert.Equal(("UNIT_NOT_YET_ESTABLISHED", x.C.Id, SplitDay), (early.Reason, early.Metadata["predecessors"], early.Metadata["established_on"]));
    }

    [Fact]
    public async Task GetUnit_ByCodeOfMergedUnitAfterDate_NotFoundWithSuccessor()
    {
        var province = await Host.Units.CreateRootAsync();
        var code = UnitsApi.NextCode();
        var a = await Host.Units.CreateAsync("Xã Có Mã", UnitKind.Commune, province, code: code);
        var b = await Host.Units.CreateAsync("Xã Nhận", UnitKind.Commune, province);
        await Reorganizations.ApplyAsync(Plan(Reform, Merge([Id(a), Id(b)], survivor: Id(b))));

        var error = await RpcAssert.NotFound(() => Host.Units.GetUnitAsync(new GetUnitRequest { Code = code, AsOf = Reform }).ResponseAsync);

        Assert.Equal(b.Id, error.GetRpcStatus()!.GetDetail<ErrorInfo>().Metadata["successors"]);
    }

    [Fact]
    public async Task ResolveUnit_BadInput_InvalidArgumentOrNotFound()
    {
        await RpcAssert.InvalidArgument(() => Reorganizations.ResolveUnitAsync(new ResolveUnitRequest { Id = "x", AsOf = "2025-13-01" }).ResponseAsync, "id", "as_of");
        await RpcAssert.NotFound(() => Reorganizations.ResolveUnitAsync(new ResolveUnitRequest { Id = Guid.NewGuid().ToString() }).ResponseAsync);
    }
}

public sealed class LineageSqliteTests(SqliteFixture fixture) : LineageTests(fixture), IClassFixture<SqliteFixture>;

public sealed class LineagePostgresTests(PostgresFixture fixture) : LineageTests(fixture), IClassFixture<PostgresFixture>;
