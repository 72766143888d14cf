using Chancery.Core.Registry;

namespace Chancery.Core.Delegations.Catalogue;

/// <summary>The own fields' slice of a snapshot and their draft in a write, by name.</summary>
public static class FieldsRegistry
{
    extension(RegistrySnapshot snapshot)
    {
        public FieldsSnapshot Fields => snapshot.Slice<FieldsSnapshot>();
    }

    extension(WriteContext context)
    {
        public FieldsDraft Fields => context.Draft<FieldsDraft>();
    }
}
