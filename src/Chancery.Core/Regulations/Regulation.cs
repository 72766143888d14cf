namespace Chancery.Core.Regulations;

/// <summary>A stored regulation (the work).</summary>
public sealed class Regulation
{
    public Guid Id { get; set; }

    public long Version { get; set; }

    public Guid UnitId { get; set; }

    public RegulationKind Kind { get; set; }

    public int Year { get; set; }

    public int Number { get; set; }

    /// <summary>/vn/{unit-code}/quy-che/{year}/{number}.</summary>
    public string Identifier { get; set; } = "";

    public string Title { get; set; } = "";

    public Guid? ReplacesId { get; set; }

    public DateOnly? RepealedFrom { get; set; }

    /// <summary>The repeal's decision as JSON (<see cref="BodyJson"/>), null while in force.</summary>
    public string? RepealDecision { get; set; }
}

/// <summary>
/// A stored version. The body is one compact JSON column rather than a row per provision: a body
/// is written whole (a draft's update, an import) and read whole (the read model is built from
/// it at start; every query is answered from memory), never queried provision by provision in
/// SQL; at 10,000 regulations of 200 provisions a column is 10,000 rows to load instead of
/// 2,000,000, and a draft's save is one UPDATE instead of 200 deletes and inserts.
/// </summary>
public sealed class RegulationVersion
{
    public Guid Id { get; set; }

    public long Version { get; set; }

    public Guid RegulationId { get; set; }

    public int Number { get; set; }

    public VersionStatus Status { get; set; }

    public string? Title { get; set; }

    public Guid? AmendsId { get; set; }

    /// <summary>The amendment's operations as JSON (<see cref="BodyJson"/>); empty array for a whole version.</summary>
    public string Operations { get; set; } = "[]";

    /// <summary>The body as JSON (<see cref="BodyJson"/>).</summary>
    public string Body { get; set; } = "[]";

    /// <summary>The decision that issued it as JSON, null until issued.</summary>
    public string? Decision { get; set; }

    public string? DecisionNumber { get; set; }

    public DateOnly? DecisionDate { get; set; }

    public DateOnly? EffectiveFrom { get; set; }
}
