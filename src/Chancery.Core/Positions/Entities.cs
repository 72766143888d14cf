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

/// <summary>A stored official: only what the registry needs. No contact data.</summary>
public sealed class Official
{
    public Guid Id { get; set; }

    public long Version { get; set; }

    public string FullName { get; set; } = "";

    /// <summary>The folded name, for searches run in the database.</summary>
    public string SearchKey { get; set; } = "";

    public string? RankCode { get; set; }
}

/// <summary>A stored appointment of an official to a position over a period, with its basis.</summary>
public sealed class Appointment
{
    public Guid Id { get; set; }

    public long Version { get; set; }

    public Guid OfficialId { get; set; }

    public Guid PositionId { get; set; }

    public AppointmentKind Kind { get; set; }

    public DateOnly ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    public string BasisNumber { get; set; } = "";

    public DateOnly? BasisDate { get; set; }

    public string? BasisIssuer { get; set; }
}
