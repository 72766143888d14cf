using Chancery.Core.Delegations;
using Chancery.Core.Regulations.Text;

namespace Chancery.Core.Regulations;

/// <summary>
/// The decision that issues a version or repeals a regulation: its number and symbol (unique for
/// the issuing unit within its year), its date, and the signer as ResolveAuthority answered them
/// on that date (name, position and signature block kept as printed, since people move on).
/// </summary>
public sealed record RegulationDecision(
    string Number, DateOnly Date, Guid SignerOfficialId, SigningForm Form, string SignerName, string SignerPosition,
    IReadOnlyList<string> SignatureBlock, string? Title)
{
    /// <summary>The number as compared for uniqueness: trimmed, upper case (123/QĐ-UBND and 123/qđ-ubnd are one number).</summary>
    public string Key => Number.Trim().ToUpperInvariant();
}

/// <summary>A regulation (the work): of a unit, of a kind, with its stable identifier; its versions are <see cref="VersionState"/>s.</summary>
public sealed record RegulationState(
    Guid Id, long Version, Guid UnitId, RegulationKind Kind, int Year, int Number, string Identifier, string Title,
    Guid? ReplacesId, DateOnly? RepealedFrom, RegulationDecision? Repeal)
{
    public string Subject => $"regulations/{Id}";
}

/// <summary>
/// One operation of an amendment: the provision of the amended version it changes or repeals
/// (<see cref="Target"/>), or where it inserts a new one (under <see cref="Parent"/>, null the top
/// level, after <see cref="After"/>, null first).
/// </summary>
public sealed record AmendmentOperation(AmendmentAction Action, Guid? Target, Guid? Parent, Guid? After, Provision? Provision);

/// <summary>
/// A version (expression) of a regulation. Its <see cref="Body"/> is the whole text; for an
/// amendment (<see cref="AmendsId"/>) the text consolidated from the amended version and the
/// <see cref="Operations"/>. Issued versions never change; their end in force is derived from the
/// versions after them and the regulation's repeal (<see cref="RegulationsSnapshot.Period"/>).
/// </summary>
public sealed record VersionState(
    Guid Id, long Version, Guid RegulationId, int Number, VersionStatus Status, string? Title, Guid? AmendsId,
    IReadOnlyList<AmendmentOperation> Operations, RegulationBody Body, RegulationDecision? Decision, DateOnly? EffectiveFrom)
{
    public string Subject => $"regulation-versions/{Id}";

    public bool IsIssued => Status == VersionStatus.Issued;
}
