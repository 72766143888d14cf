namespace Chancery.Core.Reorganizations;

/// <summary>The kind of change that links predecessors to successors.</summary>
public enum LineageKind
{
    Merged = 1,
    Split = 2,
    Transferred = 3,
    Renamed = 4,
    Dissolved = 5,
    Established = 6,
}

/// <summary>One reorganization operation as it happened: its kind, date, basis and plan.</summary>
public sealed class LineageEvent
{
    public Guid Id { get; set; }

    public LineageKind Kind { get; set; }

    public DateOnly EffectiveDate { get; set; }

    public required string PlanId { get; set; }

    public int OperationIndex { get; set; }

    public required string BasisNumber { get; set; }

    public DateOnly? BasisDate { get; set; }

    public string? BasisIssuer { get; set; }

    public string? BasisTitle { get; set; }

    public List<LineageLink> Links { get; set; } = [];
}

/// <summary>"<see cref="PredecessorId"/> continues as <see cref="SuccessorId"/>"; either may be empty (established, dissolved); both the same unit for a transfer or a rename.</summary>
public sealed class LineageLink
{
    public long Id { get; set; }

    public Guid EventId { get; set; }

    public Guid? PredecessorId { get; set; }

    public Guid? SuccessorId { get; set; }
}
