using Chancery.Core.Kernel;
using Chancery.Core.Time;

namespace Chancery.Core.Delegations;

/// <summary>
/// A delegation, immutable; <see cref="Version"/> is raised by every change. The read model holds
/// some 200,000 of these at national scale, so it is laid out for size: the basis inline (its four
/// parts, not an object of its own; <see cref="Basis"/> makes the object when asked), and what most
/// delegations lack (a grant passed on, supervised units, document kinds, a scope, a period of
/// running the unit, a revocation, an overlap's reason) in one side object, absent when all are
/// empty (<see cref="DelegationRarities"/>): about 70 bytes less for a plain assignment.
/// </summary>
public sealed record DelegationState(
    Guid Id, long Version, DelegationKind Kind, Guid UnitId,
    Guid DelegatorAppointmentId, Guid DelegatorOfficialId, Guid DelegateAppointmentId, Guid DelegateOfficialId, Guid? PassedFromId,
    IReadOnlyList<string> Fields, IReadOnlyList<Guid> SupervisedUnits, IReadOnlyList<string> DocumentKinds, string? Scope,
    Period? RunsUnit, DateOnly From, DateOnly? To, DateOnly? RevokedFrom, string? OverlapReason, LegalBasis Basis)
{
    private readonly DelegationRarities? rare = DelegationRarities.Of(new(PassedFromId, SupervisedUnits, DocumentKinds, Scope, RunsUnit, RevokedFrom, OverlapReason));
    private readonly string basisNumber = Basis.Number;
    private readonly DateOnly? basisDate = Basis.Date;
    private readonly string? basisIssuer = Basis.Issuer;
    private readonly string? basisTitle = Basis.Title;

    public LegalBasis Basis
    {
        get => new(basisNumber, basisDate, basisIssuer, basisTitle);
        init => (basisNumber, basisDate, basisIssuer, basisTitle) = (value.Number, value.Date, value.Issuer, value.Title);
    }

    public Guid? PassedFromId { get => rare?.PassedFromId; init => rare = DelegationRarities.Of(Rare with { PassedFromId = value }); }

    public IReadOnlyList<Guid> SupervisedUnits { get => rare?.SupervisedUnits ?? []; init => rare = DelegationRarities.Of(Rare with { SupervisedUnits = value }); }

    public IReadOnlyList<string> DocumentKinds { get => rare?.DocumentKinds ?? []; init => rare = DelegationRarities.Of(Rare with { DocumentKinds = value }); }

    public string? Scope { get => rare?.Scope; init => rare = DelegationRarities.Of(Rare with { Scope = value }); }

    public Period? RunsUnit { get => rare?.RunsUnit; init => rare = DelegationRarities.Of(Rare with { RunsUnit = value }); }

    public DateOnly? RevokedFrom { get => rare?.RevokedFrom; init => rare = DelegationRarities.Of(Rare with { RevokedFrom = value }); }

    public string? OverlapReason { get => rare?.OverlapReason; init => rare = DelegationRarities.Of(Rare with { OverlapReason = value }); }

    public string Subject => $"delegations/{Id}";

    /// <summary>Its own period: from its start to its end or its revocation, whichever comes first (not yet cut by the appointments it rests on).</summary>
    public Period Own => Period.Until(From, Min(To ?? DateOnly.MaxValue, RevokedFrom ?? DateOnly.MaxValue));

    /// <summary>Whether the document kind (folded) is among this delegation's.</summary>
    public bool CoversDocumentKind(string foldedKind) =>
        DocumentKinds.Any(k => Text.VietnameseText.Fold(k) == foldedKind);

    private DelegationRarities Rare => rare ?? DelegationRarities.None;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}

/// <summary>The parts of a delegation that most delegations lack; see <see cref="DelegationState"/>.</summary>
internal sealed record DelegationRarities(
    Guid? PassedFromId, IReadOnlyList<Guid> SupervisedUnits, IReadOnlyList<string> DocumentKinds, string? Scope, Period? RunsUnit, DateOnly? RevokedFrom, string? OverlapReason)
{
    public static DelegationRarities None { get; } = new(null, [], [], null, null, null, null);

    /// <summary>Null when every part is empty.</summary>
    public static DelegationRarities? Of(DelegationRarities r) =>
        r.PassedFromId is null && r.SupervisedUnits.Count == 0 && r.DocumentKinds.Count == 0 && r.Scope is null && r.RunsUnit is null && r.RevokedFrom is null && r.OverlapReason is null
            ? null
            : r;
}
