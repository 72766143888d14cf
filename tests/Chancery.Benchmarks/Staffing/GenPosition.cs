using Chancery.Benchmarks.Generation;
using Chancery.Core.Positions;

namespace Chancery.Benchmarks.Staffing;

/// <summary>A generated position while it is being staffed: its unit, period and terms (appointments, oldest first).</summary>
public sealed class GenPosition(Guid id, GenNode unit, GenNode province, string title, PositionRole role, UnitPositions shape, DateOnly from, DateOnly? to)
{
    public Guid Id { get; } = id;

    public GenNode Unit { get; } = unit;

    /// <summary>The province the unit lies in: officials move between positions within it.</summary>
    public GenNode Province { get; } = province;

    public string Title { get; } = title;

    public PositionRole Role { get; } = role;

    public UnitPositions Shape { get; } = shape;

    public DateOnly From { get; } = from;

    public DateOnly? To { get; } = to;

    public List<GenTerm> Terms { get; } = [];
}

/// <summary>One appointment of a generated position, the official given once every term is drawn.</summary>
public sealed class GenTerm(GenPosition position, DateOnly from, DateOnly? to, AppointmentKind kind)
{
    public GenPosition Position { get; } = position;

    public DateOnly From { get; set; } = from;

    public DateOnly? To { get; } = to;

    public AppointmentKind Kind { get; set; } = kind;

    /// <summary>A concurrent (kiêm nhiệm) term is held by the official of this term (the parent unit's head).</summary>
    public GenTerm? ConcurrentOf { get; set; }

    public Guid OfficialId { get; set; }

    public bool Contains(DateOnly date) => From <= date && (To is null || date < To);
}
