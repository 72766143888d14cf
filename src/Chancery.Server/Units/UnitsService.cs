using Chancery.Core.Access;
using Chancery.Core.Errors;
using Chancery.Core.Registry;
using Chancery.Core.Reorganizations;
using Chancery.Core.Time;
using Chancery.Core.Units;
using Chancery.Server.Grpc;
using Chancery.V1;
using Grpc.Core;

namespace Chancery.Server.Units;

/// <summary>The hierarchy's reads, answered from the in-memory snapshot.</summary>
public sealed partial class UnitsService(RegistryState registry, UnitCommands commands, RegistryClock clock) : V1.Units.UnitsBase
{
    [Scope(Scopes.HierarchyRead)]
    public override Task<GetUnitResponse> GetUnit(GetUnitRequest request, ServerCallContext context)
    {
        var errors = new InputErrors();
        var date = RequestFields.AsOf(request.AsOf, clock, errors);
        var snapshot = registry.Current;
        var hierarchy = snapshot.Units;
        UnitView view;
        switch (request.KeyCase)
        {
            case GetUnitRequest.KeyOneofCase.Id:
                var id = RequestFields.Id(request.Id, "id", errors);
                errors.ThrowIfAny();
                view = UnitLookup.Require(snapshot, id, date);
                break;
            case GetUnitRequest.KeyOneofCase.Code:
                var code = UnitInput.Code(request.Code, errors);
                if (code is null)
                {
                    errors.Add("code", "A code is required.");
                }

                errors.ThrowIfAny();
                view = hierarchy.GetByCode(code!, date)
                    ?? (hierarchy.LastHolderOfCode(code!, date) is { } holder ? UnitLookup.Require(snapshot, holder, date) : hierarchy.RequireByCode(code!, date));
                break;
            default:
                throw InputErrors.One("id", "Give the unit's id or its code.");
        }

        return Task.FromResult(new GetUnitResponse { Unit = view.ToMessage() });
    }

    [Scope(Scopes.HierarchyRead)]
    public override Task<ListChildrenResponse> ListChildren(ListChildrenRequest request, ServerCallContext context)
    {
        var errors = new InputErrors();
        var date = RequestFields.AsOf(request.AsOf, clock, errors);
        var parentId = RequestFields.OptionalId(request.ParentId, "parent_id", errors);
        var size = RequestFields.PageSize(request.PageSize, errors);
        var page = PageToken.Read(request.PageToken, date, request.AsOf.Length > 0, errors);
        errors.ThrowIfAny();

        var hierarchy = registry.Current.Units;
        if (parentId is { } id)
        {
            hierarchy.Require(id, page.AsOf, "parent_id");
        }

        var children = hierarchy.Children(parentId, page.AsOf);
        var response = new ListChildrenResponse { TotalSize = children.Count, NextPageToken = page.Next(size, children.Count) };
        response.Units.AddRange(children.Skip(page.Offset).Take(size).Select(c => c.ToMessage()));
        return Task.FromResult(response);
    }

    [Scope(Scopes.HierarchyRead)]
    public override Task<GetAncestorsResponse> GetAncestors(GetAncestorsRequest request, ServerCallContext context)
    {
        var errors = new InputErrors();
        var date = RequestFields.AsOf(request.AsOf, clock, errors);
        var id = RequestFields.Id(request.Id, "id", errors);
        errors.ThrowIfAny();

        var hierarchy = registry.Current.Units;
        var view = hierarchy.Require(id, date);
        var response = new GetAncestorsResponse();
        response.Ancestors.AddRange(hierarchy.Ancestors(view, date).Select(a => a.ToMessage()));
        return Task.FromResult(response);
    }

    [Scope(Scopes.HierarchyRead)]
    public override async Task StreamSubtree(StreamSubtreeRequest request, IServerStreamWriter<StreamSubtreeResponse> responseStream, ServerCallContext context)
    {
        var errors = new InputErrors();
        var date = RequestFields.AsOf(request.AsOf, clock, errors);
        var id = RequestFields.Id(request.Id, "id", errors);
        if (request.MaxDepth < 0)
        {
            errors.Add("max_depth", "The depth limit is 0 (none) or more.");
        }

        var chunkSize = RequestFields.PageSize(request.ChunkSize, errors, defaultSize: 1000, max: 10_000, field: "chunk_size");
        errors.ThrowIfAny();

        var hierarchy = registry.Current.Units;
        var top = hierarchy.Require(id, date);

        // In pre-order, a unit's parent is the last unit seen one level up: its id text is reused.
        var idTexts = new List<string>();
        var chunk = new StreamSubtreeResponse { Units = { Capacity = chunkSize } };
        var writing = Task.CompletedTask;
        foreach (var item in hierarchy.Subtree(top, date, request.MaxDepth))
        {
            var unit = item.Depth == 0 ? item.View.ToMessage() : item.View.ToMessage(idTexts[item.Depth - 1]);
            if (item.Depth == idTexts.Count)
            {
                idTexts.Add(unit.Id);
            }
            else
            {
                idTexts[item.Depth] = unit.Id;
            }

            chunk.Units.Add(new SubtreeUnit { Unit = unit, Depth = item.Depth });
            if (chunk.Units.Count == chunkSize)
            {
                // The next chunk is made while this one is on its way; one write at a time.
                await writing;
                writing = responseStream.WriteAsync(chunk, context.CancellationToken);
                chunk = new StreamSubtreeResponse { Units = { Capacity = chunkSize } };
            }
        }

        await writing;
        if (chunk.Units.Count > 0)
        {
            await responseStream.WriteAsync(chunk, context.CancellationToken);
        }
    }

    [Scope(Scopes.HierarchyRead)]
    public override Task<SearchUnitsResponse> SearchUnits(SearchUnitsRequest request, ServerCallContext context)
    {
        var errors = new InputErrors();
        var date = RequestFields.AsOf(request.AsOf, clock, errors);
        var withinId = RequestFields.OptionalId(request.WithinId, "within_id", errors);
        var size = RequestFields.PageSize(request.PageSize, errors);
        var page = PageToken.Read(request.PageToken, date, request.AsOf.Length > 0, errors);
        if (string.IsNullOrWhiteSpace(request.Query))
        {
            errors.Add("query", "Give the words to search for (diacritics optional), or a code.");
        }
        else if (request.Query.Length > UnitInput.MaxNameLength)
        {
            errors.Add("query", $"A query has at most {UnitInput.MaxNameLength} characters.");
        }

        var kinds = request.Kinds.Select(k => k.ToCore()).ToHashSet();
        if (kinds.Any(k => !UnitKinds.IsDefined(k)))
        {
            errors.Add("kinds", "Every kind must be a defined kind other than UNIT_KIND_UNSPECIFIED.");
        }

        errors.ThrowIfAny();

        var hierarchy = registry.Current.Units;
        if (withinId is { } within)
        {
            hierarchy.Require(within, page.AsOf, "within_id");
        }

        var matches = hierarchy.Search(request.Query, page.AsOf, kinds, withinId);
        var response = new SearchUnitsResponse { TotalSize = matches.Count, NextPageToken = page.Next(size, matches.Count) };
        response.Units.AddRange(matches.Skip(page.Offset).Take(size).Select(m => m.ToMessage()));
        return Task.FromResult(response);
    }

    [Scope(Scopes.HierarchyRead)]
    public override Task<GetUnitHistoryResponse> GetUnitHistory(GetUnitHistoryRequest request, ServerCallContext context)
    {
        var errors = new InputErrors();
        var id = RequestFields.Id(request.Id, "id", errors);
        errors.ThrowIfAny();

        var unit = registry.Current.Units.RequireUnit(id);
        var response = new GetUnitHistoryResponse();
        response.Versions.AddRange(unit.Versions.Select(v => new UnitView(unit, v).ToMessage()));
        return Task.FromResult(response);
    }
}
