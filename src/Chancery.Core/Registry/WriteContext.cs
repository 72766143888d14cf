using Chancery.Core.Hierarchy;

namespace Chancery.Core.Registry;

/// <summary>
/// What a command works on: the read model at the head of the change log, a draft of the
/// hierarchy to change, and "today" for defaults. A command changes only the draft; the writer
/// stores it.
/// </summary>
public sealed class WriteContext(RegistrySnapshot snapshot, DateOnly today, string operation)
{
    public RegistrySnapshot Snapshot => snapshot;

    public HierarchyDraft Hierarchy { get; } = new(snapshot.Hierarchy);

    public DateOnly Today => today;

    public string Operation => operation;

    /// <summary>The units whose drafted state differs from the stored one.</summary>
    public IReadOnlyList<UnitState> ChangedUnits() =>
        Hierarchy.Changed
            .Where(u => Hierarchy.Original(u.Id) is not { } original || !original.SameVersionsAs(u))
            .ToList();
}
