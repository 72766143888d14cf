using Chancery.Core.Registry;

namespace Chancery.Core.Regulations;

/// <summary>The regulations' slice of a snapshot and their draft in a write, by name.</summary>
public static class RegulationsRegistry
{
    extension(RegistrySnapshot snapshot)
    {
        public RegulationsSnapshot Regulations => snapshot.Slice<RegulationsSnapshot>();
    }

    extension(WriteContext context)
    {
        public RegulationsDraft Regulations => context.Draft<RegulationsDraft>();
    }
}
