using Chancery.Core.Registry;

namespace Chancery.Core.Units;

/// <summary>The hierarchy's slice of a snapshot and its draft in a write, by name.</summary>
public static class UnitsRegistry
{
    extension(RegistrySnapshot snapshot)
    {
        public UnitsSnapshot Units => snapshot.Slice<UnitsSnapshot>();
    }

    extension(WriteContext context)
    {
        public UnitsDraft Units => context.Draft<UnitsDraft>();

        /// <summary>The units whose drafted state differs from the stored one.</summary>
        public IReadOnlyList<UnitState> ChangedUnits() =>
            context.Units.Changed
                .Where(u => context.Units.Original(u.Id) is not { } original || !original.SameVersionsAs(u))
                .ToList();
    }
}
