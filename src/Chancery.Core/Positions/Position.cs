namespace Chancery.Core.Positions;

/// <summary>A stored position: it belongs to a unit and outlives the people who hold it.</summary>
public sealed class Position
{
    public Guid Id { get; set; }

    public long Version { get; set; }

    public Guid UnitId { get; set; }

    /// <summary>Chủ tịch, Phó Chủ tịch, Giám đốc, Bí thư, Chánh Văn phòng…</summary>
    public string Title { get; set; } = "";

    public PositionRole Role { get; set; }

    /// <summary>The unit is a collective body (a People's Committee, a Party Committee): its head signs TM.</summary>
    public bool CollectiveBody { get; set; }

    public DateOnly ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }
}
