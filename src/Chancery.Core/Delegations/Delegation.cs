namespace Chancery.Core.Delegations;

/// <summary>
/// A stored delegation: who delegates (an appointment to the head position, or the grantee of a
/// grant by order passing it on) to whom (an appointment), what (fields, supervised units,
/// document kinds, a scope), over which period, on which basis.
/// </summary>
public sealed class Delegation
{
    public Guid Id { get; set; }

    public long Version { get; set; }

    public DelegationKind Kind { get; set; }

    /// <summary>The unit the delegator heads (for a pass-on: the grantee's unit).</summary>
    public Guid UnitId { get; set; }

    public Guid DelegatorAppointmentId { get; set; }

    public Guid DelegatorOfficialId { get; set; }

    public Guid DelegateAppointmentId { get; set; }

    public Guid DelegateOfficialId { get; set; }

    /// <summary>The grant by order this one passes on (KT. under TL.).</summary>
    public Guid? PassedFromId { get; set; }

    /// <summary>Field codes, separated by spaces.</summary>
    public string Fields { get; set; } = "";

    /// <summary>Supervised unit ids, separated by spaces.</summary>
    public string SupervisedUnits { get; set; } = "";

    /// <summary>Document kinds, one a line.</summary>
    public string DocumentKinds { get; set; } = "";

    public string? Scope { get; set; }

    public DateOnly? RunsUnitFrom { get; set; }

    public DateOnly? RunsUnitTo { get; set; }

    public DateOnly ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    public DateOnly? RevokedFrom { get; set; }

    /// <summary>Why an overlap with another deputy's fields is on purpose.</summary>
    public string? OverlapReason { get; set; }

    public string BasisNumber { get; set; } = "";

    public DateOnly? BasisDate { get; set; }

    public string? BasisIssuer { get; set; }

    /// <summary>The decision's title (trích yếu), e.g. "Quyết định phân công nhiệm vụ".</summary>
    public string? BasisTitle { get; set; }
}
