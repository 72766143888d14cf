using Chancery.Core.Access;
using Chancery.Core.Units;
using Chancery.Core.Positions;
using Chancery.Core.Reorganizations;

namespace Chancery.Core.Registry;

/// <summary>
/// The in-memory read model at one point of the change log: every read is answered from one of
/// these, swapped atomically after each committed change.
/// </summary>
public sealed record RegistrySnapshot(long Sequence, UnitsSnapshot Hierarchy, AccessSnapshot Access, LineageSnapshot Lineage, PositionsSnapshot Positions)
{
    public static RegistrySnapshot Empty { get; } = new(0, UnitsSnapshot.Empty, AccessSnapshot.Empty, LineageSnapshot.Empty, PositionsSnapshot.Empty);
}
