using System.Text.RegularExpressions;
using Chancery.Core.Access;
using Chancery.Core.Errors;
using Chancery.Core.Registry;
using Chancery.Core.Storage;
using Chancery.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Chancery.Core.Reorganizations;

/// <summary>
/// Reorganization plans: a dry run shows what a plan would change and every problem, changing
/// nothing; applying stores all of it or nothing, once per plan id.
/// </summary>
public sealed partial class PlanCommands(RegistryWriter writer, RegistryState registry, RegistryClock clock, ChanceryDatabase database)
{
    public const int MaxOperations = 200_000;

    public async Task<PlanResult> DryRunAsync(ReorganizationPlan plan, Actor actor, CancellationToken cancellationToken)
    {
        Validate(plan);
        if (await StoredAsync(plan, cancellationToken) is { } stored)
        {
            return stored;
        }

        var context = new WriteContext(registry.Current, clock.Today, new WriteRequest("dry-run", actor, plan.Basis.ToString()));
        return PlanResult.From(plan, PlanExecutor.Run(context, plan), applied: false);
    }

    public Task<PlanResult> ApplyAsync(ReorganizationPlan plan, WriteRequest request, CancellationToken cancellationToken)
    {
        Validate(plan);
        var content = PlanJson.Serialize(plan);
        var hash = PlanJson.Hash(content);
        var reasoned = request.Reason is { Length: > 0 } ? request : request with { Reason = plan.Basis.ToString() };
        return writer.WriteAsync(reasoned, async (context, ct) =>
        {
            if (await context.Db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == plan.Id, ct) is { } existing)
            {
                // Nothing is changed, so no unit's right is checked; but only those who may reorganize are answered.
                ChangeRights.RequireRole(context, Scopes.HierarchyWrite, Role.UnitAdministrator);
                return Replay(existing, hash);
            }

            var outcome = PlanExecutor.Run(context, plan);
            if (outcome.Problems.Count > 0)
            {
                throw new PlanRejectedException(plan.Id, outcome.Problems);
            }

            var result = PlanResult.From(plan, outcome, applied: true);
            context.Lineage.Add(outcome.Lineage);
            context.Db.Plans.Add(new StoredPlan
            {
                Id = plan.Id,
                ContentHash = hash,
                EffectiveDate = plan.EffectiveDate,
                BasisNumber = plan.Basis.Number,
                Description = plan.Description,
                Content = content,
                Result = PlanJson.Serialize(result),
                AppliedAt = clock.UtcNow,
                AppliedBy = context.Actor.ToString(),
            });
            context.Record(ChangedEntities.Plan, plan.Id, null, PlanJson.Serialize(new { plan.Id, plan.EffectiveDate, plan.Basis, result.Counts }));
            return result;
        }, cancellationToken);
    }

    private async Task<PlanResult?> StoredAsync(ReorganizationPlan plan, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        return await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == plan.Id, cancellationToken) is { } stored
            ? Replay(stored, PlanJson.Hash(PlanJson.Serialize(plan)))
            : null;
    }

    /// <summary>The same plan again: the first result, marked as such; the same id with other content: refused.</summary>
    private static PlanResult Replay(StoredPlan stored, string hash)
    {
        if (stored.ContentHash != hash)
        {
            throw RuleViolations.One("plan.id-reused", $"plans/{stored.Id}",
                $"A different plan with the id {stored.Id} was applied on {stored.AppliedAt:yyyy-MM-dd}; give this one another id.");
        }

        return PlanJson.Deserialize<PlanResult>(stored.Result) with { AlreadyApplied = true };
    }

    private static void Validate(ReorganizationPlan plan)
    {
        var errors = new InputErrors();
        Check(plan, errors);
        errors.ThrowIfAny();
        _ = IsoDate.Format(plan.EffectiveDate);
    }

    /// <summary>The plan's id, number of operations and description, each bad one as a violation (the contract's mapping adds them to its own).</summary>
    public static void Check(ReorganizationPlan plan, InputErrors errors, string field = "plan")
    {
        if (!IsValidId(plan.Id))
        {
            errors.Add($"{field}.id", "A plan id has 1 to 100 characters: letters, digits, '.', '_', ':', '-'.");
        }

        if (plan.Operations.Count is 0 or > MaxOperations)
        {
            errors.Add($"{field}.operations", $"A plan has 1 to {MaxOperations} operations.");
        }

        if (Text.TextGuard.Check(plan.Description, errors, $"{field}.description") && plan.Description?.Length > 2000)
        {
            errors.Add($"{field}.description", "At most 2000 characters.");
        }

        for (var i = 0; i < plan.Operations.Count; i++)
        {
            Text.TextGuard.Check(plan.Operations[i].Label, errors, $"{field}.operations[{i}].label");
        }
    }

    public static bool IsValidId(string? id) => PlanId().IsMatch(id ?? "");

    [GeneratedRegex("^[A-Za-z0-9._:-]{1,100}$", RegexOptions.CultureInvariant)]
    private static partial Regex PlanId();
}
