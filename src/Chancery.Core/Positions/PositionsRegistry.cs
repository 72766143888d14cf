using Chancery.Core.Registry;

namespace Chancery.Core.Positions;

/// <summary>The positions' slice of a snapshot and their draft in a write, by name.</summary>
public static class PositionsRegistry
{
    extension(RegistrySnapshot snapshot)
    {
        public PositionsSnapshot Positions => snapshot.Slice<PositionsSnapshot>();
    }

    extension(WriteContext context)
    {
        public PositionsDraft Positions => context.Draft<PositionsDraft>();
    }
}
