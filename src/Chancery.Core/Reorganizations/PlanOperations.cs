using System.Text.Json.Serialization;
using Chancery.Core.Kernel;
using Chancery.Core.Units;
using Chancery.Core.Units.Commands;

namespace Chancery.Core.Reorganizations;

/// <summary>
/// A reorganization plan: many operations under one effective date and one legal basis, applied
/// all or nothing, once (by its id).
/// </summary>
public sealed record ReorganizationPlan(string Id, DateOnly EffectiveDate, LegalBasis Basis, string? Description, IReadOnlyList<PlanOperation> Operations);

/// <summary>A unit named in a plan: an existing unit by id or by code, or one the plan itself establishes, by its ref.</summary>
public sealed record UnitRef(Guid? Id = null, string? Code = null, string? Ref = null)
{
    public override string ToString() => Id is { } id ? id.ToString() : Code is { } code ? $"code {code}" : $"ref {Ref}";
}

/// <summary>
/// A unit the plan establishes; <see cref="Ref"/> names it for later operations of the plan. It
/// exists from <see cref="ValidFrom"/> (default: the plan's effective date) and, when
/// <see cref="ValidTo"/> is given (imports of units whose end is known), until that date.
/// </summary>
public sealed record NewUnitSpec(
    string? Ref, string? Name, string? ShortName, UnitKind Kind, UnitRef? Parent, string? Code, Guid? Id = null, DateOnly? ValidFrom = null, DateOnly? ValidTo = null);

/// <summary>What becomes of the units below a unit that ends.</summary>
public enum ChildrenDisposition
{
    /// <summary>Merge: to the target. Dissolve: refused if there are any (move them in the plan).</summary>
    Default = 0,
    MoveToSuccessor = 1,
    Close = 2,
    MoveTo = 3,
}

[JsonPolymorphic(TypeDiscriminatorPropertyName = "op")]
[JsonDerivedType(typeof(EstablishOperation), "establish")]
[JsonDerivedType(typeof(MergeOperation), "merge")]
[JsonDerivedType(typeof(SplitOperation), "split")]
[JsonDerivedType(typeof(TransferOperation), "transfer")]
[JsonDerivedType(typeof(RenameOperation), "rename")]
[JsonDerivedType(typeof(DissolveOperation), "dissolve")]
[JsonDerivedType(typeof(CarryPositionsOperation), "carry_positions")]
public abstract record PlanOperation
{
    /// <summary>A label of the caller's, to find the operation in reports.</summary>
    public string? Label { get; init; }
}

public sealed record EstablishOperation(NewUnitSpec Unit) : PlanOperation;

/// <summary>Several units become one: a new unit, or one of them that survives.</summary>
public sealed record MergeOperation(IReadOnlyList<UnitRef> Sources, UnitRef? Survivor, NewUnitSpec? Target, ChildrenDisposition Children) : PlanOperation;

/// <summary>One unit becomes several new ones; its children go where <see cref="Assignments"/> say (or stay if the source continues).</summary>
public sealed record SplitOperation(UnitRef Source, IReadOnlyList<NewUnitSpec> Parts, IReadOnlyList<ChildAssignment> Assignments, bool SourceContinues) : PlanOperation;

public sealed record ChildAssignment(UnitRef Child, string PartRef);

/// <summary>Units move under another parent (none: the top level).</summary>
public sealed record TransferOperation(IReadOnlyList<UnitRef> Units, UnitRef? NewParent) : PlanOperation;

/// <summary>A unit's attributes change (name, short name, kind, code: those in <see cref="Fields"/>).</summary>
public sealed record RenameOperation(UnitRef Unit, UnitFields Fields, string? Name, string? ShortName, UnitKind Kind, string? Code) : PlanOperation;

/// <summary>A unit ends without successor; its children move to <see cref="ChildrenTo"/> or close with it.</summary>
public sealed record DissolveOperation(UnitRef Unit, ChildrenDisposition Children, UnitRef? ChildrenTo) : PlanOperation;

/// <summary>
/// Positions carried to another unit (usually a successor) from the effective date: each closes,
/// a like position opens in <see cref="To"/>, and its holders then hold the new one. Positions of
/// a unit that ends and are not carried close with it.
/// </summary>
public sealed record CarryPositionsOperation(IReadOnlyList<Guid> PositionIds, UnitRef To) : PlanOperation;
