using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using static Chancery.Server.Tests.Reorganizations.Plans;
using static Chancery.Server.Tests.Reorganizations.ReorganizationsApi;

namespace Chancery.Server.Tests.Reorganizations;

/// <summary>
/// The end of the district level in one province as one plan: reads as of the day before give
/// the old tree, as of the day and after it the new one, and lineage leads from one to the other.
/// </summary>
public abstract class AsOfReadTests(HostFixture fixture)
{
    private ChanceryHost Host => fixture.Host;

    [Fact]
    public async Task Reads_BeforeOnAndAfterEffectiveDate_OldTreeNewTreeAndLineageBetween()
    {
        var province = await Host.Units.CreateRootAsync();
        var x = await Host.Units.CreateAsync("Huyện X", UnitKind.District, province);
        var y = await Host.Units.CreateAsync("Huyện Y", UnitKind.District, province);
        var t = await Host.Units.CreateAsync("Thị trấn T", UnitKind.Township, x);
        var m1 = await Host.Units.CreateAsync("Xã M1", UnitKind.Commune, x);
        var m2 = await Host.Units.CreateAsync("Xã M2", UnitKind.Commune, x);
        var n = await Host.Units.CreateAsync("Xã N", UnitKind.Commune, y);
        var plan = Plan(Reform,
            Rename(Id(t), "Xã T", UnitKind.Commune, label: "thị trấn thành xã"),
            Transfer(Id(province), [Id(t), Id(n)]),
            Merge([Id(m1), Id(m2)], into: New("m", "Xã M", UnitKind.Commune, Id(province))),
            Dissolve(Id(x)),
            Dissolve(Id(y)));

        var result = await Host.Reorganizations.ApplyAsync(plan);

        Assert.Equal((1, 4, 2, 1, 5), (result.Counts.Created, result.Counts.Closed, result.Counts.Moved, result.Counts.Renamed, result.Counts.Operations));
        Assert.Equal(
            ["0 " + province.Name, "1 Huyện X", "2 Thị trấn T", "2 Xã M1", "2 Xã M2", "1 Huyện Y", "2 Xã N"],
            await Host.TreeAsync(province, "2025-06-30"));
        string[] reformed = ["0 " + province.Name, "1 Xã M", "1 Xã N", "1 Xã T"];
        Assert.Equal(reformed, await Host.TreeAsync(province, Reform));
        Assert.Equal(reformed, await Host.TreeAsync(province, ""));
        Assert.Equal(reformed, await Host.TreeAsync(province, "2030-01-01"));

        var m = result.Changes.Single(c => c.Created);
        var resolvedBack = await Host.Reorganizations.ResolveUnitAsync(new ResolveUnitRequest { Id = m.UnitId, AsOf = "2025-06-30" });
        SameItems([m1.Id, m2.Id], resolvedBack.Predecessors.Select(p => p.Unit.Id));
        Assert.All(resolvedBack.Predecessors, p => Assert.Equal(x.Id, p.Unit.ParentId));
        var resolvedForward = await Host.Reorganizations.ResolveAsync(m1, Reform);
        Assert.Equal(("Xã M", province.Id), (Assert.Single(resolvedForward.Successors).Unit.Name, resolvedForward.Successors[0].Unit.ParentId));
        var dissolved = await Host.Reorganizations.ResolveAsync(x, Reform);
        Assert.Null(dissolved.Unit);
        Assert.Empty(dissolved.Successors);
        Assert.Equal((LineageKind.Dissolved, plan.Id, 3), (Assert.Single(dissolved.Ends).Kind, dissolved.Ends[0].PlanId, dissolved.Ends[0].OperationIndex));
        SameItems([$"Renamed {Reform} Thị trấn T>Xã T", $"Transferred {Reform} Thị trấn T>Xã T"], (await Host.Reorganizations.LineageAsync(t)).Describe());
    }
}

public sealed class AsOfReadSqliteTests(SqliteFixture fixture) : AsOfReadTests(fixture), IClassFixture<SqliteFixture>;

public sealed class AsOfReadPostgresTests(PostgresFixture fixture) : AsOfReadTests(fixture), IClassFixture<PostgresFixture>;
