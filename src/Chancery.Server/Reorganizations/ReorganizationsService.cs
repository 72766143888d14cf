using Chancery.Core.Access;
using Chancery.Core.Errors;
using Chancery.Core.Registry;
using Chancery.Core.Reorganizations;
using Chancery.Core.Reorganizations.Files;
using Chancery.Core.Storage;
using Chancery.Core.Time;
using Chancery.Core.Units;
using Chancery.Server.Grpc;
using Chancery.Server.Units;
using Chancery.V1;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace Chancery.Server.Reorganizations;

/// <summary>Plans, single operations, lineage: translation to the core's plan commands.</summary>
public sealed partial class ReorganizationsService(
    PlanCommands plans, HierarchyImporter importer, RegistryState registry, RegistryClock clock, ChanceryDbContext db)
    : V1.Reorganizations.ReorganizationsBase
{
    [Scope(Scopes.HierarchyWrite)]
    public override async Task<DryRunPlanResponse> DryRunPlan(DryRunPlanRequest request, ServerCallContext context)
    {
        var plan = Parse(request.Plan);
        return new DryRunPlanResponse { Result = (await plans.DryRunAsync(plan, context.Actor(), context.CancellationToken)).ToMessage().InLanguageOf(context) };
    }

    [Scope(Scopes.HierarchyWrite)]
    public override async Task<ApplyPlanResponse> ApplyPlan(ApplyPlanRequest request, ServerCallContext context) =>
        await Apply(Parse(request.Plan), context);

    [Scope(Scopes.HierarchyRead)]
    public override async Task<GetPlanResponse> GetPlan(GetPlanRequest request, ServerCallContext context)
    {
        var stored = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.PlanId, context.CancellationToken)
            ?? throw new NotFoundException("plan", $"plans/{request.PlanId}", $"No plan {request.PlanId} was applied.");
        var plan = PlanJson.Deserialize<ReorganizationPlan>(stored.Content);
        var result = PlanJson.Deserialize<Core.Reorganizations.PlanResult>(stored.Result);
        var message = new V1.Plan { Id = plan.Id, EffectiveDate = IsoDate.Format(plan.EffectiveDate), Basis = plan.Basis.ToMessage(), Description = plan.Description ?? "" };
        return new GetPlanResponse
        {
            Plan = message,
            Result = result.ToMessage(),
            AppliedAt = Access.AccessMapping.Utc(stored.AppliedAt),
            AppliedBy = stored.AppliedBy,
        };
    }

    [Scope(Scopes.HierarchyWrite)]
    public override Task<ApplyPlanResponse> MergeUnits(MergeUnitsRequest request, ServerCallContext context) =>
        Single(request.PlanId, request.EffectiveDate, request.Basis, context, e => PlanMapping.Merge(request.Merge ?? new(), e, "merge"));

    [Scope(Scopes.HierarchyWrite)]
    public override Task<ApplyPlanResponse> SplitUnit(SplitUnitRequest request, ServerCallContext context) =>
        Single(request.PlanId, request.EffectiveDate, request.Basis, context, e => PlanMapping.Split(request.Split ?? new(), e, "split"));

    [Scope(Scopes.HierarchyWrite)]
    public override Task<ApplyPlanResponse> TransferUnits(TransferUnitsRequest request, ServerCallContext context) =>
        Single(request.PlanId, request.EffectiveDate, request.Basis, context, e => PlanMapping.Transfer(request.Transfer ?? new(), e, "transfer"));

    [Scope(Scopes.HierarchyWrite)]
    public override Task<ApplyPlanResponse> RenameUnit(RenameUnitRequest request, ServerCallContext context) =>
        Single(request.PlanId, request.EffectiveDate, request.Basis, context, e => PlanMapping.Rename(request.Rename ?? new(), e, "rename"));

    [Scope(Scopes.HierarchyWrite)]
    public override Task<ApplyPlanResponse> DissolveUnit(DissolveUnitRequest request, ServerCallContext context) =>
        Single(request.PlanId, request.EffectiveDate, request.Basis, context, e => PlanMapping.Dissolve(request.Dissolve ?? new(), e, "dissolve"));

    [Scope(Scopes.HierarchyRead)]
    public override Task<GetLineageResponse> GetLineage(GetLineageRequest request, ServerCallContext context)
    {
        var errors = new InputErrors();
        var id = RequestFields.Id(request.UnitId, "unit_id", errors);
        if (request.MaxDepth < 0)
        {
            errors.Add("max_depth", "0 (no limit) or more.");
        }

        errors.ThrowIfAny();
        var snapshot = registry.Current;
        snapshot.Units.RequireUnit(id, "unit_id");
        var response = new GetLineageResponse();
        response.Entries.AddRange(Walk(snapshot, id, request.MaxDepth).Select(s => s.ToMessage(snapshot)));
        return Task.FromResult(response);
    }

    [Scope(Scopes.HierarchyRead)]
    public override Task<ResolveUnitResponse> ResolveUnit(ResolveUnitRequest request, ServerCallContext context)
    {
        var errors = new InputErrors();
        var id = RequestFields.Id(request.Id, "id", errors);
        var date = RequestFields.AsOf(request.AsOf, clock, errors);
        errors.ThrowIfAny();
        var snapshot = registry.Current;
        var resolved = UnitResolver.Resolve(snapshot, id, date);
        var response = new ResolveUnitResponse { Unit = resolved.Current?.ToMessage() };
        response.Successors.AddRange(resolved.Successors.Select(s => Link(s, snapshot)));
        response.Predecessors.AddRange(resolved.Predecessors.Select(s => Link(s, snapshot)));
        response.Ends.AddRange(resolved.Ends.Select(s => s.ToMessage(snapshot)));
        return Task.FromResult(response);
    }

    private static V1.ResolvedUnit Link(ResolvedLink link, RegistrySnapshot snapshot)
    {
        var message = new V1.ResolvedUnit { Unit = link.Unit.ToMessage() };
        message.Path.AddRange(link.Path.Select(s => s.ToMessage(snapshot)));
        return message;
    }

    /// <summary>Every step reachable from the unit through predecessors and successors, oldest first.</summary>
    private static List<LineageStep> Walk(RegistrySnapshot snapshot, Guid start, int maxDepth)
    {
        var steps = new HashSet<LineageStep>();
        var seen = new HashSet<Guid> { start };
        var frontier = new List<Guid> { start };
        for (var depth = 0; frontier.Count > 0 && (maxDepth == 0 || depth < maxDepth) && seen.Count < 10_000; depth++)
        {
            var next = new List<Guid>();
            foreach (var id in frontier)
            {
                foreach (var step in snapshot.Lineage.From(id).Concat(snapshot.Lineage.To(id)))
                {
                    steps.Add(step);
                    foreach (var other in new[] { step.PredecessorId, step.SuccessorId })
                    {
                        if (other is { } o && seen.Add(o))
                        {
                            next.Add(o);
                        }
                    }
                }
            }

            frontier = next;
        }

        return steps.OrderBy(s => s.Date).ThenBy(s => s.PlanId, StringComparer.Ordinal).ThenBy(s => s.OperationIndex)
            .ThenBy(s => s.PredecessorId).ThenBy(s => s.SuccessorId).ToList();
    }

    private async Task<ApplyPlanResponse> Single(string planId, string effectiveDate, V1.Basis? basis, ServerCallContext context, Func<InputErrors, PlanOperation> operation)
    {
        var errors = new InputErrors();
        var plan = PlanMapping.Single(planId, effectiveDate, basis, operation(errors), errors);
        errors.ThrowIfAny();
        try
        {
            return await Apply(plan, context);
        }
        catch (PlanRejectedException e)
        {
            throw e.AsSingleOperation();
        }
    }

    private async Task<ApplyPlanResponse> Apply(ReorganizationPlan plan, ServerCallContext context) =>
        new() { Result = (await plans.ApplyAsync(plan, context.Write(null), context.CancellationToken)).ToMessage().InLanguageOf(context) };

    private static ReorganizationPlan Parse(V1.Plan? message)
    {
        var errors = new InputErrors();
        var plan = PlanMapping.ToCore(message, errors);
        errors.ThrowIfAny();
        return plan;
    }
}
