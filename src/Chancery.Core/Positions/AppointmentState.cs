using Chancery.Core.Kernel;
using Chancery.Core.Text;
using Chancery.Core.Time;

namespace Chancery.Core.Positions;

/// <summary>An appointment, immutable.</summary>
public sealed record AppointmentState(
    Guid Id, long Version, Guid OfficialId, Guid PositionId, AppointmentKind Kind, DateOnly From, DateOnly? To, LegalBasis Basis)
{
    public Period Period => new(From, To);

    public string Subject => $"appointments/{Id}";

    public bool Contains(DateOnly date) => Period.Contains(date);

    /// <summary>Permanent and acting holders are the position's holder; at most one at a time.</summary>
    public bool IsHolder => Kind is AppointmentKind.Permanent or AppointmentKind.Acting;
}
