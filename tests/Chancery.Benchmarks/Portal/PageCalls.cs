using Chancery.V1;
using Grpc.Core;
using Grpc.Net.Client;

namespace Chancery.Benchmarks.Portal;

/// <summary>
/// The gRPC calls each timed portal page makes, in the same order, one after the other, with the
/// same arguments and the same person's token: the tree with one unit opened
/// (<c>Pages/Hierarchy/Index</c>), a unit (<c>Pages/Units/Unit</c>, with its related names and its
/// audit part) and the chart of a whole subtree (<c>Pages/Chart/Index</c>, depth 0).
/// </summary>
public sealed class PageCalls(GrpcChannel channel, string token)
{
    private readonly V1.Units.UnitsClient units = new(channel);
    private readonly V1.Reorganizations.ReorganizationsClient reorganizations = new(channel);
    private readonly V1.Positions.PositionsClient positions = new(channel);
    private readonly V1.Delegations.DelegationsClient delegations = new(channel);
    private readonly V1.Audit.AuditClient audit = new(channel);
    private readonly V1.Access.AccessClient access = new(channel);
    private readonly Metadata headers = new() { { "authorization", $"Bearer {token}" } };

    public async Task TreeAsync(string opened, string asOf)
    {
        await units.ListChildrenAsync(new ListChildrenRequest { ParentId = "", AsOf = asOf, PageSize = 1000 }, headers);
        await access.GetCallerRightsAsync(new GetCallerRightsRequest { UnitIds = { "" }, AsOf = asOf }, headers);
        await units.ListChildrenAsync(new ListChildrenRequest { ParentId = opened, AsOf = asOf, PageSize = 1000 }, headers);
    }

    public async Task UnitAsync(string id, string asOf)
    {
        await units.GetUnitAsync(new GetUnitRequest { Id = id, AsOf = asOf }, headers);
        await access.GetCallerRightsAsync(new GetCallerRightsRequest { UnitIds = { id }, AsOf = asOf }, headers);
        var ancestors = await units.GetAncestorsAsync(new GetAncestorsRequest { Id = id, AsOf = asOf }, headers);
        var children = await units.ListChildrenAsync(new ListChildrenRequest { ParentId = id, AsOf = asOf, PageSize = 1000 }, headers);
        var known = ancestors.Ancestors.Concat(children.Units).Select(u => u.Id).ToHashSet();
        var history = await units.GetUnitHistoryAsync(new GetUnitHistoryRequest { Id = id }, headers);
        await reorganizations.GetLineageAsync(new GetLineageRequest { UnitId = id }, headers);
        await positions.ListUnitPositionsAsync(new ListUnitPositionsRequest { UnitId = id, AsOf = asOf }, headers);
        var assignments = await delegations.ListDelegationsAsync(new ListDelegationsRequest { UnitId = id, AsOf = asOf, PageSize = 200 }, headers);
        await delegations.ListFieldsAsync(new ListFieldsRequest { UnitId = id, AsOf = asOf }, headers);
        // The names of a version's parent as of its first day, of a supervised unit as of the page's date (Unit.Related.cs).
        foreach (var (parent, from) in history.Versions.Where(v => v.ParentId.Length > 0).Select(v => (v.ParentId, v.ValidFrom))
                     .Concat(assignments.Delegations.Where(d => d.Kind == DelegationKind.Assignment).SelectMany(d => d.SupervisedUnitIds).Select(u => (u, asOf))).Distinct()
                     .Where(w => !(w.Item2 == asOf && known.Contains(w.Item1))).Take(20))
        {
            await units.GetUnitAsync(new GetUnitRequest { Id = parent, AsOf = from }, headers);
        }

        try
        {
            await audit.ListAuditEntriesAsync(new ListAuditEntriesRequest { EntityKind = "unit", EntityId = id, NewestFirst = true, PageSize = 20 }, headers);
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.PermissionDenied)
        {
            // As the page: the part says which right is missing.
        }
    }

    public async Task<int> ChartAsync(string id, string asOf)
    {
        var count = 0;
        using var call = units.StreamSubtree(new StreamSubtreeRequest { Id = id, AsOf = asOf, MaxDepth = 0 }, headers);
        await foreach (var message in call.ResponseStream.ReadAllAsync())
        {
            count += message.Units.Count;
        }

        return count;
    }
}
