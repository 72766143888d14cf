using Chancery.Core.Registry;

namespace Chancery.Core.Positions;

/// <summary>An appointment ended in a change (from <see cref="Effective"/>, its first day without it): a part whose entities rest on it reacts.</summary>
public sealed record AppointmentEnded(AppointmentState Appointment, DateOnly Effective) : RegistryEffect;

/// <summary>A position closed in a change (from <see cref="Effective"/>).</summary>
public sealed record PositionClosed(PositionState Position, DateOnly Effective) : RegistryEffect;
