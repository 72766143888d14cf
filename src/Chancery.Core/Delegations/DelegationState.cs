using Chancery.Core.Kernel;
using Chancery.Core.Time;

namespace Chancery.Core.Delegations;

/// <summary>A delegation, immutable; <see cref="Version"/> is raised by every change.</summary>
public sealed record DelegationState(
    Guid Id, long Version, DelegationKind Kind, Guid UnitId,
    Guid DelegatorAppointmentId, Guid DelegatorOfficialId, Guid DelegateAppointmentId, Guid DelegateOfficialId, Guid? PassedFromId,
    IReadOnlyList<string> Fields, IReadOnlyList<Guid> SupervisedUnits, IReadOnlyList<string> DocumentKinds, string? Scope,
    Period? RunsUnit, DateOnly From, DateOnly? To, DateOnly? RevokedFrom, string? OverlapReason, LegalBasis Basis)
{
    public string Subject => $"delegations/{Id}";

    /// <summary>Its own period: from its start to its end or its revocation, whichever comes first (not yet cut by the appointments it rests on).</summary>
    public Period Own => Period.Until(From, Min(To ?? DateOnly.MaxValue, RevokedFrom ?? DateOnly.MaxValue));

    /// <summary>Whether the document kind (folded) is among this delegation's.</summary>
    public bool CoversDocumentKind(string foldedKind) =>
        DocumentKinds.Any(k => Text.VietnameseText.Fold(k) == foldedKind);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
