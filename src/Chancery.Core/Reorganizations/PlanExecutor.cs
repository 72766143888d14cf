using Chancery.Core.Delegations;
using Chancery.Core.Errors;
using Chancery.Core.Positions;
using Chancery.Core.Registry;
using Chancery.Core.Units;

namespace Chancery.Core.Reorganizations;

/// <summary>
/// Runs a plan on a write context's draft: every operation in order, then the hierarchy's rules
/// once over everything changed. Nothing is stored here; the caller stores the draft (apply) or
/// only reports it (dry run).
/// </summary>
public static class PlanExecutor
{
    public static PlanOutcome Run(WriteContext context, ReorganizationPlan plan)
    {
        var run = new PlanRun(context, plan);
        for (var i = 0; i < plan.Operations.Count; i++)
        {
            run.Index = i;
            var operation = plan.Operations[i];
            try
            {
                run.Apply(operation);
            }
            catch (DomainException exception)
            {
                run.ForgetFailed(References(operation));
                run.Problems.AddRange(Problems(exception, i, operation.Label));
            }
        }

        var violations = new RuleViolations();
        context.CheckRules(violations);
        foreach (var violation in violations.Items)
        {
            var index = Guid.TryParse(violation.Subject.Split('/')[^1], out var subjectId) && run.TouchedBy.TryGetValue(UnitOf(context, violation.Subject, subjectId), out var i) ? i : -1;
            run.Problems.Add(new PlanProblem(index, index >= 0 ? plan.Operations[index].Label : null, "failed-precondition", violation.Rule, violation.Subject, violation.Description));
        }

        var changes = Summarize(context, plan.EffectiveDate, run.TouchedBy);
        var counts = new PlanCounts(changes.Count(c => c.Created), changes.Count(c => c.Closed), changes.Count(c => c.Moved), changes.Count(c => c.Renamed), plan.Operations.Count);
        int OperationOf(Guid unitId) => run.TouchedBy.TryGetValue(unitId, out var i) || run.CarriedFrom.TryGetValue(unitId, out i) ? i : -1;
        string? LabelOf(int index) => index >= 0 ? plan.Operations[index].Label : null;
        var ended = DelegationEndings.Of(context, OperationOf).Select(e => e with { Label = LabelOf(e.OperationIndex) }).ToList();
        var gaps = SignerGaps.Find(context, plan.EffectiveDate, ended, OperationOf).Select(g => g with { Label = LabelOf(g.OperationIndex) }).ToList();
        return new PlanOutcome(run.Problems.OrderBy(p => p.OperationIndex).ToList(), counts, changes, run.Lineage, ended, gaps);
    }

    /// <summary>The unit a rule's subject belongs to: the unit itself, or the unit of a position or of an appointment's position.</summary>
    private static Guid UnitOf(WriteContext context, string subject, Guid id)
    {
        if (subject.StartsWith("appointments/", StringComparison.Ordinal) && context.Positions.FindAppointment(id) is { } appointment)
        {
            id = appointment.PositionId;
            subject = "positions/";
        }

        return subject.StartsWith("positions/", StringComparison.Ordinal) && context.Positions.FindPosition(id) is { } position ? position.UnitId : id;
    }

    private static IEnumerable<PlanProblem> Problems(DomainException exception, int index, string? label) => exception switch
    {
        InvalidInputException e => e.Violations.Select(v => new PlanProblem(index, label, "invalid-argument", $"operations[{index}].{v.Field}", $"operations/{index}", v.Description)),
        RuleViolationException e => e.Violations.Select(v => new PlanProblem(index, label, "failed-precondition", v.Rule, v.Subject, v.Description)),
        PermissionDeniedException e => [new PlanProblem(index, label, "permission-denied", e.Permission, $"operations/{index}", e.Message)],
        NotFoundException e => [new PlanProblem(index, label, "not-found", e.ResourceType, e.ResourceName, e.Message)],
        AlreadyExistsException e => [new PlanProblem(index, label, "already-exists", e.ResourceType, e.ResourceName, e.Message)],
        _ => [new PlanProblem(index, label, "failed-precondition", "plan.operation", $"operations/{index}", exception.Message)],
    };

    private static IEnumerable<string?> References(PlanOperation operation) => operation switch
    {
        EstablishOperation o => [o.Unit.Ref],
        MergeOperation o => [o.Target?.Ref],
        SplitOperation o => o.Parts.Select(p => p.Ref),
        _ => [],
    };

    /// <summary>Each changed unit compared with its stored state, as of the effective date.</summary>
    private static List<UnitChangeSummary> Summarize(WriteContext context, DateOnly effective, IReadOnlyDictionary<Guid, int> touchedBy)
    {
        var changes = new List<UnitChangeSummary>();
        foreach (var unit in context.ChangedUnits())
        {
            var before = context.Units.Original(unit.Id)?.At(effective);
            var after = unit.At(effective);
            var shown = after ?? before ?? unit.Versions[^1];
            changes.Add(new UnitChangeSummary(
                unit.Id, shown.Name, shown.Kind,
                Created: context.Units.Original(unit.Id) is null,
                Closed: before is not null && after is null,
                Moved: before is not null && after is not null && before.ParentId != after.ParentId,
                Renamed: before is not null && after is not null && (before.Name != after.Name || before.Kind != after.Kind || before.Code != after.Code || before.ShortName != after.ShortName),
                before?.ParentId, after?.ParentId, before?.Name,
                touchedBy.TryGetValue(unit.Id, out var index) ? index : -1));
        }

        return changes.OrderBy(c => c.OperationIndex).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();
    }
}
