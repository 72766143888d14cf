using Chancery.Core.Registry;

namespace Chancery.Core.Delegations;

/// <summary>The delegations' slice of a snapshot and their draft in a write, by name.</summary>
public static class DelegationsRegistry
{
    extension(RegistrySnapshot snapshot)
    {
        public DelegationsSnapshot Delegations => snapshot.Slice<DelegationsSnapshot>();
    }

    extension(WriteContext context)
    {
        public DelegationsDraft Delegations => context.Draft<DelegationsDraft>();
    }
}
