using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;

namespace Chancery.Server.Tests.Reorganizations;

/// <summary>Calls of the Reorganizations service and the reads the tests check them with.</summary>
public static class ReorganizationsApi
{
    public static async Task<PlanResult> ApplyAsync(this V1.Reorganizations.ReorganizationsClient client, Plan plan) =>
        (await client.ApplyPlanAsync(new ApplyPlanRequest { Plan = plan })).Result;

    public static async Task<PlanResult> DryRunAsync(this V1.Reorganizations.ReorganizationsClient client, Plan plan) =>
        (await client.DryRunPlanAsync(new DryRunPlanRequest { Plan = plan })).Result;

    public static async Task<IReadOnlyList<LineageEntry>> LineageAsync(this V1.Reorganizations.ReorganizationsClient client, Unit unit, int maxDepth = 0) =>
        (await client.GetLineageAsync(new GetLineageRequest { UnitId = unit.Id, MaxDepth = maxDepth })).Entries;

    public static Task<ResolveUnitResponse> ResolveAsync(this V1.Reorganizations.ReorganizationsClient client, Unit unit, string asOf) =>
        client.ResolveUnitAsync(new ResolveUnitRequest { Id = unit.Id, AsOf = asOf }).ResponseAsync;

    /// <summary>"kind date predecessor>successor" for each entry, with names (empty for none): easy to compare.</summary>
    public static List<string> Describe(this IEnumerable<LineageEntry> entries) =>
        entries.Select(e => $"{e.Kind} {e.EffectiveDate} {e.PredecessorName}>{e.SuccessorName}").ToList();

    /// <summary>The names of the children of a unit (or of the top level) as of a date.</summary>
    public static async Task<List<string>> ChildNamesAsync(this ChanceryHost host, Unit? parent, string asOf) =>
        (await host.Units.ListChildrenAsync(new ListChildrenRequest { ParentId = parent?.Id ?? "", AsOf = asOf, PageSize = 1000 })).Units.Select(u => u.Name).ToList();

    /// <summary>The subtree of a unit as of a date, pre-order, as "depth name" lines.</summary>
    public static async Task<List<string>> TreeAsync(this ChanceryHost host, Unit root, string asOf)
    {
        using var call = host.Units.StreamSubtree(new StreamSubtreeRequest { Id = root.Id, AsOf = asOf });
        var lines = new List<string>();
        while (await call.ResponseStream.MoveNext(default))
        {
            lines.AddRange(call.ResponseStream.Current.Units.Select(u => $"{u.Depth} {u.Unit.Name}"));
        }

        return lines;
    }

    /// <summary>Equal as sets of texts, whatever the order.</summary>
    public static void SameItems(IEnumerable<string> expected, IEnumerable<string> actual) =>
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));

    /// <summary>The change of a unit in a plan's result.</summary>
    public static UnitChange ChangeOf(this PlanResult result, string unitId) => Assert.Single(result.Changes, c => c.UnitId == unitId);
}
