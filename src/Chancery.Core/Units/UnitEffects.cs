using Chancery.Core.Registry;

namespace Chancery.Core.Units;

/// <summary>
/// A unit ended in a change (from <see cref="Effective"/>, its first day of non-existence). With
/// <see cref="EndDependants"/>, parts whose entities belong to the unit end them too (a plan's
/// dissolution or merger; CloseUnit with close_positions); without, their rules refuse the change
/// while such entities outlive the unit.
/// </summary>
public sealed record UnitEnded(Guid UnitId, DateOnly Effective, bool EndDependants) : RegistryEffect;
