namespace Chancery.Core.Registry;

/// <summary>
/// The in-memory read model at one point of the change log: every read is answered from one of
/// these, swapped atomically after each committed change. It holds one slice per registry part;
/// each feature reads its own slice through an extension property of its own (e.g.
/// <c>snapshot.Units</c>, defined beside the units part).
/// </summary>
public sealed class RegistrySnapshot
{
    private readonly object[] slices;

    private RegistrySnapshot(long sequence, object[] slices)
    {
        Sequence = sequence;
        this.slices = slices;
    }

    public static RegistrySnapshot Empty { get; } = new(0, RegistryParts.All.Select(p => p.EmptySlice).ToArray());

    /// <summary>The change-log entry this snapshot reflects.</summary>
    public long Sequence { get; }

    public T Slice<T>()
        where T : class => (T)slices[SliceSlot<T>.Index];

    /// <summary>This snapshot with one slice replaced (tests and tools build snapshots this way).</summary>
    public RegistrySnapshot With<T>(T slice, long? sequence = null)
        where T : class
    {
        var copy = (object[])slices.Clone();
        copy[SliceSlot<T>.Index] = slice;
        return new RegistrySnapshot(sequence ?? Sequence, copy);
    }

    internal object SliceAt(int index) => slices[index];

    internal static RegistrySnapshot Of(long sequence, object[] slices) => new(sequence, slices);
}
