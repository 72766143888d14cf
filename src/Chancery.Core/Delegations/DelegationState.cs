using Chancery.Core.Kernel;
using Chancery.Core.Time;

namespace Chancery.Core.Delegations;

/// <summary>
/// A delegation, immutable; <see cref="Version"/> is raised by every change. The read model holds
/// some 200,000 of these at national scale: the basis is kept inline (its four parts, not an object
/// of its own, 24 bytes less each) and <see cref="Basis"/> makes the object when asked.
/// </summary>
public sealed record DelegationState(
    Guid Id, long Version, DelegationKind Kind, Guid UnitId,
    Guid DelegatorAppointmentId, Guid DelegatorOfficialId, Guid DelegateAppointmentId, Guid DelegateOfficialId, Guid? PassedFromId,
    IReadOnlyList<string> Fields, IReadOnlyList<Guid> SupervisedUnits, IReadOnlyList<string> DocumentKinds, string? Scope,
    Period? RunsUnit, DateOnly From, DateOnly? To, DateOnly? RevokedFrom, string? OverlapReason, LegalBasis Basis)
{
    private readonly string basisNumber = Basis.Number;
    private readonly DateOnly? basisDate = Basis.Date;
    private readonly string? basisIssuer = Basis.Issuer;
    private readonly string? basisTitle = Basis.Title;

    public LegalBasis Basis
    {
        get => new(basisNumber, basisDate, basisIssuer, basisTitle);
        init => (basisNumber, basisDate, basisIssuer, basisTitle) = (value.Number, value.Date, value.Issuer, value.Title);
    }

    public string Subject => $"delegations/{Id}";

    /// <summary>Its own period: from its start to its end or its revocation, whichever comes first (not yet cut by the appointments it rests on).</summary>
    public Period Own => Period.Until(From, Min(To ?? DateOnly.MaxValue, RevokedFrom ?? DateOnly.MaxValue));

    /// <summary>Whether the document kind (folded) is among this delegation's.</summary>
    public bool CoversDocumentKind(string foldedKind) =>
        DocumentKinds.Any(k => Text.VietnameseText.Fold(k) == foldedKind);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
