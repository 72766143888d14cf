using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using Google.Rpc;
using Grpc.Core;
using static Chancery.Server.Tests.Reorganizations.Plans;

namespace Chancery.Server.Tests.Reorganizations;

/// <summary>Merges: into a new unit or a survivor, the children moved or closed, with their lineage.</summary>
public abstract class MergeTests(HostFixture fixture)
{
    private ChanceryHost Host => fixture.Host;

    private V1.Reorganizations.ReorganizationsClient Reorganizations => Host.Reorganizations;

    private Task<ApplyPlanResponse> MergeUnits(Operation merge, string? planId = null) =>
        Reorganizations.MergeUnitsAsync(new MergeUnitsRequest { PlanId = planId ?? NewId(), EffectiveDate = Reform, Basis = Basis(), Merge = merge.Merge }).ResponseAsync;

    [Fact]
    public async Task MergeUnits_IntoNewUnit_SourcesClosedChildrenMovedLineageBothWays()
    {
        var province = await Host.Units.CreateRootAsync();
        var a = await Host.Units.CreateAsync("Huyện Lương Sơn", UnitKind.District, province);
        var b = await Host.Units.CreateAsync("Huyện Kỳ Sơn", UnitKind.District, province);
        var a1 = await Host.Units.CreateAsync("Xã Hòa Sơn", UnitKind.Commune, a);
        var b1 = await Host.Units.CreateAsync("Xã Dân Hạ", UnitKind.Commune, b);
        var planId = NewId("merge");

        var result = (await MergeUnits(Merge([Id(a), Id(b)], into: New("ls-ks", "Huyện Lương Sơn - Kỳ Sơn", UnitKind.District)), planId)).Result;

        Assert.True(result.Applied);
        Assert.Equal((1, 2, 2, 0, 1), (result.Counts.Created, result.Counts.Closed, result.Counts.Moved, result.Counts.Renamed, result.Counts.Operations));
        var merged = await Host.Units.GetAsync(result.Changes.Single(c => c.Created).UnitId, Reform);
        Assert.Equal(("Huyện Lương Sơn - Kỳ Sơn", province.Id, Reform), (merged.Name, merged.ParentId, merged.EstablishedOn));
        ReorganizationsApi.SameItems([a.Name, b.Name], await Host.ChildNamesAsync(province, "2025-06-30"));
        Assert.Equal([merged.Name], await Host.ChildNamesAsync(province, Reform));
        ReorganizationsApi.SameItems([a1.Name, b1.Name], await Host.ChildNamesAsync(merged, Reform));
        Assert.Equal(a.Id, (await Host.Units.GetAsync(a1.Id, "2025-06-30")).ParentId);

        var fromSource = await Reorganizations.LineageAsync(a);
        var fromTarget = await Reorganizations.LineageAsync(merged);
        Assert.Equal(fromTarget.Describe(), fromSource.Describe());
        ReorganizationsApi.SameItems([$"Merged {Reform} Huyện Kỳ Sơn>{merged.Name}", $"Merged {Reform} Huyện Lương Sơn>{merged.Name}"], fromSource.Describe());
        Assert.All(fromSource, e =>
        {
            Assert.Equal((planId, 0, merged.Id), (e.PlanId, e.OperationIndex, e.SuccessorId));
            Assert.Equal(Basis(), e.Basis);
        });
    }

    [Fact]
    public async Task MergeUnits_IntoSurvivorWithChildrenClosed_SubtreeEndsWithoutSuccessor()
    {
        var province = await Host.Units.CreateRootAsync();
        var survivor = await Host.Units.CreateAsync("Xã Sơn Thủy", UnitKind.Commune, province);
        var absorbed = await Host.Units.CreateAsync("Xã Thượng Bì", UnitKind.Commune, province);
        var own = await Host.Units.CreateAsync("Đảng ủy xã Sơn Thủy", UnitKind.PartyCommittee, survivor);
        var party = await Host.Units.CreateAsync("Đảng ủy xã Thượng Bì", UnitKind.PartyCommittee, absorbed);
        var cell = await Host.Units.CreateAsync("Chi bộ thôn Bì", UnitKind.Group, party);

        var result = (await MergeUnits(Merge([Id(survivor), Id(absorbed)], survivor: Id(survivor), children: ChildrenDisposition.Close))).Result;

        Assert.Equal((0, 3, 0), (result.Counts.Created, result.Counts.Closed, result.Counts.Moved));
        Assert.True(result.ChangeOf(cell.Id).Closed);
        Assert.Equal([survivor.Name], await Host.ChildNamesAsync(province, Reform));
        Assert.Equal([own.Name], await Host.ChildNamesAsync(survivor, Reform));
        var gone = await RpcAssert.NotFound(() => Host.Units.GetAsync(cell.Id, Reform));
        Assert.Equal("UNIT_DISSOLVED", gone.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
        var lineage = await Reorganizations.LineageAsync(survivor);
        ReorganizationsApi.SameItems([$"Merged {Reform} {absorbed.Name}>{survivor.Name}", $"Merged {Reform} {survivor.Name}>{survivor.Name}"], lineage.Describe());
        Assert.Equal([$"Dissolved {Reform} {cell.Name}>"], (await Reorganizations.LineageAsync(cell)).Describe());
    }

    [Fact]
    public async Task MergeUnits_IntoSurvivorNotAmongSources_AbsorbsThemAndKeepsItself()
    {
        var province = await Host.Units.CreateRootAsync();
        var survivor = await Host.Units.CreateAsync("Tỉnh Phú Thọ", UnitKind.Province, province);
        var first = await Host.Units.CreateAsync("Tỉnh Vĩnh Phúc", UnitKind.Province, province);
        var second = await Host.Units.CreateAsync("Tỉnh Hòa Bình", UnitKind.Province, province);
        var committee = await Host.Units.CreateAsync("Ủy ban nhân dân tỉnh Hòa Bình", UnitKind.PeopleCommittee, second);

        var result = (await MergeUnits(Merge([Id(first), Id(second)], survivor: Id(survivor)))).Result;

        Assert.Equal((0, 2, 1), (result.Counts.Created, result.Counts.Closed, result.Counts.Moved));
        Assert.Equal(survivor.Id, (await Host.Units.GetAsync(committee.Id, Reform)).ParentId);
        ReorganizationsApi.SameItems(
            [$"Merged {Reform} {survivor.Name}>{survivor.Name}", $"Merged {Reform} {second.Name}>{survivor.Name}", $"Merged {Reform} {first.Name}>{survivor.Name}"],
            (await Reorganizations.LineageAsync(survivor)).Describe());
    }

    [Fact]
    public async Task MergeUnits_NewUnitUnderClosedParent_FailedPreconditionStoresNothing()
    {
        var province = await Host.Units.CreateRootAsync();
        var closed = await Host.Units.CreateAsync("Huyện Cũ", UnitKind.District, province);
        await Host.Units.CloseUnitAsync(new CloseUnitRequest { Id = closed.Id, ExpectedVersion = closed.Version, EffectiveDate = "2024-01-01" });
        var a = await Host.Units.CreateAsync("Xã A", UnitKind.Commune, province);
        var b = await Host.Units.CreateAsync("Xã B", UnitKind.Commune, province);
        var before = await ReorganizationStore.ReadAsync(Host);

        var failure = await RpcAssert.FailedPrecondition(
            () => MergeUnits(Merge([Id(a), Id(b)], into: New("ab", "Xã A-B", UnitKind.Commune, Id(closed)))), "hierarchy.parent-period");

        Assert.StartsWith("operations/0 units/", Assert.Single(failure.Violations).Subject);
        Assert.Equal(before, await ReorganizationStore.ReadAsync(Host));
        ReorganizationsApi.SameItems([a.Name, b.Name], await Host.ChildNamesAsync(province, Reform));
    }

    [Fact]
    public async Task MergeUnits_NewUnitWithCodeOfASource_AllowedBecauseTheSourceEnds()
    {
        var province = await Host.Units.CreateRootAsync();
        var code = UnitsApi.NextCode();
        var a = await Host.Units.CreateAsync("Xã Có Mã", UnitKind.Commune, province, code: code);
        var b = await Host.Units.CreateAsync("Xã Khác", UnitKind.Commune, province);

        await MergeUnits(Merge([Code(code), Id(b)], into: New("c", "Xã Mới", UnitKind.Commune, code: code)));

        Assert.Equal(a.Id, (await Host.Units.GetUnitAsync(new GetUnitRequest { Code = code, AsOf = "2025-06-30" })).Unit.Id);
        Assert.Equal("Xã Mới", (await Host.Units.GetUnitAsync(new GetUnitRequest { Code = code, AsOf = Reform })).Unit.Name);
    }

    [Fact]
    public async Task MergeUnits_BadInput_InvalidArgumentNamingEachField()
    {
        var province = await Host.Units.CreateRootAsync();
        var a = await Host.Units.CreateAsync("Xã A", UnitKind.Commune, province);

        await RpcAssert.InvalidArgument(() => MergeUnits(Merge([Id(a)], into: New("x", "Xã X", UnitKind.Commune))), "merge.sources");
        await RpcAssert.InvalidArgument(() => MergeUnits(Merge([Id(a), Id(province)])), "merge.survivor");
        await RpcAssert.InvalidArgument(() => MergeUnits(Merge([Id(a), Id("not-a-guid")], survivor: Id(a))), "merge.sources[1].id");
        await RpcAssert.InvalidArgument(() => MergeUnits(Merge([Id(a), Id(province)], into: New("x", " ", UnitKind.Unspecified, code: "H30"))),
            "merge.new_unit.name", "merge.new_unit.kind", "merge.new_unit.code");
        await RpcAssert.InvalidArgument(() => Reorganizations.MergeUnitsAsync(new MergeUnitsRequest { Merge = Merge([Id(a), Id(province)], survivor: Id(a)).Merge }).ResponseAsync,
            "effective_date", "basis.number");
    }

    [Fact]
    public async Task MergeUnits_UnknownSource_NotFound()
    {
        var province = await Host.Units.CreateRootAsync();

        var error = await RpcAssert.NotFound(() => MergeUnits(Merge([Id(province), Id(Guid.NewGuid().ToString())], survivor: Id(province))));

        Assert.Contains("merge.sources[1]", error.Status.Detail);
    }
}

public sealed class MergeSqliteTests(SqliteFixture fixture) : MergeTests(fixture), IClassFixture<SqliteFixture>;

public sealed class MergePostgresTests(PostgresFixture fixture) : MergeTests(fixture), IClassFixture<PostgresFixture>;
