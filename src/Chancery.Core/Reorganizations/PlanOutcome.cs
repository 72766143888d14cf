using Chancery.Core.Units;

namespace Chancery.Core.Reorganizations;

/// <summary>What is wrong with an operation of a plan: bad input, a missing unit, a missing right, or a rule it breaks.</summary>
/// <param name="Kind">invalid-argument, not-found, permission-denied, already-exists, or failed-precondition.</param>
/// <param name="Code">The field (for bad input), the permission, or the rule (e.g. hierarchy.open-children).</param>
public sealed record PlanProblem(int OperationIndex, string? Label, string Kind, string Code, string Subject, string Description);

/// <summary>How one unit fares in the plan, as of its effective date.</summary>
public sealed record UnitChangeSummary(
    Guid UnitId, string Name, UnitKind Kind, bool Created, bool Closed, bool Moved, bool Renamed,
    Guid? OldParentId, Guid? NewParentId, string? OldName, int OperationIndex);

public sealed record PlanCounts(int Created, int Closed, int Moved, int Renamed, int Operations);

/// <summary>The result of running a plan on a draft: what it changes, what it breaks, and the lineage it records.</summary>
/// <remarks>The delegations the plan ends and the units it leaves without a signer are effects, not problems: a plan with them still applies.</remarks>
public sealed record PlanOutcome(
    IReadOnlyList<PlanProblem> Problems, PlanCounts Counts, IReadOnlyList<UnitChangeSummary> Changes, IReadOnlyList<LineageEvent> Lineage,
    IReadOnlyList<Delegations.EndedDelegation> EndedDelegations, IReadOnlyList<Delegations.SignerGap> SignerGaps)
{
    /// <summary>How many changes a result lists (the counts cover all).</summary>
    public const int ListedChanges = 1000;
}

/// <summary>A plan refused: every problem, each pointing at its operation.</summary>
public sealed class PlanRejectedException(string planId, IReadOnlyList<PlanProblem> problems, string fieldPrefix = "plan.")
    : Errors.DomainException($"The plan {planId} was refused: {problems.Count} problem(s); the first: operation {problems[0].OperationIndex}: {problems[0].Description}")
{
    private const string SingleOperation = "operations[0].";

    public string PlanId { get; } = planId;

    public IReadOnlyList<PlanProblem> Problems { get; } = problems;

    /// <summary>Where the fields of bad input lie in the request: "plan." for a plan, "" for the single-operation methods.</summary>
    public string FieldPrefix { get; } = fieldPrefix;

    /// <summary>The refusal of a plan of one operation as its single-operation method answers it: fields as in its request (merge.sources).</summary>
    public PlanRejectedException AsSingleOperation() => new(PlanId, Problems
        .Select(p => p.Kind == "invalid-argument" && p.Code.StartsWith(SingleOperation, StringComparison.Ordinal) ? p with { Code = p.Code[SingleOperation.Length..] } : p)
        .ToList(), "");
}
