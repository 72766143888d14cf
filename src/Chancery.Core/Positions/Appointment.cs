namespace Chancery.Core.Positions;

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

    public string? BasisTitle { get; set; }
}
