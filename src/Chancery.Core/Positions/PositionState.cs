using Chancery.Core.Text;
using Chancery.Core.Time;

namespace Chancery.Core.Positions;

/// <summary>A position, immutable; <see cref="Version"/> is raised by every change.</summary>
public sealed record PositionState(Guid Id, long Version, Guid UnitId, string Title, PositionRole Role, bool CollectiveBody, DateOnly From, DateOnly? To)
{
    public Period Period => new(From, To);

    public string Subject => $"positions/{Id}";

    public bool Contains(DateOnly date) => Period.Contains(date);
}
