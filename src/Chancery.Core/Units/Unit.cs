namespace Chancery.Core.Units;

/// <summary>The stored unit: a stable id, its concurrency version and its versions over time.</summary>
public sealed class Unit
{
    public Guid Id { get; set; }

    /// <summary>Raised by every change; the optimistic-concurrency token.</summary>
    public long Version { get; set; }

    public List<UnitVersion> Versions { get; set; } = [];
}

/// <summary>One stored version of a unit's attributes, valid over [ValidFrom, ValidTo).</summary>
public sealed class UnitVersion
{
    public long Id { get; set; }

    public Guid UnitId { get; set; }

    public DateOnly ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    public required string Name { get; set; }

    /// <summary>The folded name, for searches run in the database (reports, tools).</summary>
    public required string SearchKey { get; set; }

    public string? ShortName { get; set; }

    public UnitKind Kind { get; set; }

    public Guid? ParentId { get; set; }

    public string? Code { get; set; }
}
