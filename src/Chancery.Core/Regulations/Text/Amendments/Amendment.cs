namespace Chancery.Core.Regulations.Text.Amendments;

/// <summary>What an operation of an amendment does to its target.</summary>
public enum AmendmentAction
{
    /// <summary>Sửa đổi: the target's text becomes <see cref="AmendmentOperation.Text"/>.</summary>
    ReplaceText = 1,

    /// <summary>Sửa đổi: the target's heading becomes <see cref="AmendmentOperation.Heading"/> (null removes it).</summary>
    ReplaceHeading = 2,

    /// <summary>Bổ sung: <see cref="AmendmentOperation.Provision"/> is placed before the target, as its sibling.</summary>
    InsertBefore = 3,

    /// <summary>Bổ sung: <see cref="AmendmentOperation.Provision"/> is placed after the target, as its sibling.</summary>
    InsertAfter = 4,

    /// <summary>Bổ sung: <see cref="AmendmentOperation.Provision"/> becomes the target's last child.</summary>
    InsertChild = 5,

    /// <summary>
    /// Bãi bỏ, as Vietnamese consolidated texts (văn bản hợp nhất) show it: the provision keeps its
    /// number and its persistent id, loses its heading and children, and its text becomes
    /// <see cref="Consolidation.RepealedText"/>; the numbers after it do not move and citations of it
    /// still resolve.
    /// </summary>
    Repeal = 6,

    /// <summary>The target is taken out of the body (for a draft's editing, not how a consolidated text shows a repeal).</summary>
    Remove = 7,

    /// <summary>The target's number becomes <see cref="AmendmentOperation.Number"/>; its readable id and those under it change, its persistent id does not.</summary>
    Renumber = 8,
}

/// <summary>
/// Names the provision an operation acts on: by persistent id, or by readable id in the body as
/// it stands when the operation applies (after the operations before it). When both are given they
/// must name the same provision.
/// </summary>
public sealed record ProvisionTarget(Guid? Guid = null, string? Eid = null)
{
    public override string ToString() => Guid is { } g ? (Eid is null ? g.ToString() : $"{Eid} ({g})") : Eid ?? "(nothing)";
}

/// <summary>One change of an amendment. <see cref="Provision"/> is for the inserts (its Guid, if empty, is made new; its children come with it).</summary>
public sealed record AmendmentOperation(
    AmendmentAction Action, ProvisionTarget Target, string? Text = null, string? Heading = null, Provision? Provision = null, string? Number = null);

/// <summary>An amending version's changes, as data: applied in order over the body they amend.</summary>
public sealed record Amendment(string Label, IReadOnlyList<AmendmentOperation> Operations);

/// <summary>An operation that could not apply: which amendment (0-based) and operation (0-based), a stable type, a message.</summary>
public sealed record AmendmentProblem(int Amendment, int Operation, string Type, string Message);

/// <summary>The consolidated body and what could not apply; an amendment with problems is not to be issued.</summary>
public sealed record ConsolidationResult(RegulationBody Body, IReadOnlyList<AmendmentProblem> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>The codes of <see cref="AmendmentProblem.Type"/>.</summary>
public static class AmendmentProblemTypes
{
    public const string TargetNotFound = "regulations.amendment.target-not-found";
    public const string TargetMismatch = "regulations.amendment.target-mismatch";
    public const string MissingContent = "regulations.amendment.missing-content";
    public const string KindMismatch = "regulations.amendment.kind-mismatch";
    public const string DuplicateNumber = "regulations.amendment.duplicate-number";
    public const string DuplicateGuid = "regulations.amendment.duplicate-guid";
    public const string AlreadyRepealed = "regulations.amendment.already-repealed";
}
