namespace Chancery.Core.Delegations;

/// <summary>The keys a delegation is filed under in one index (none, one or two), written into <paramref name="into"/>; returns how many.</summary>
internal delegate int DelegationKeys(DelegationState d, Span<Guid> into);

/// <summary>
/// Delegations grouped by a key (a unit, an appointment, an official, a grant, or the delegation's
/// own id), in three flat arrays instead of a dictionary of arrays: the keys sorted, where each
/// key's run starts, and the delegations, each key's run oldest first (by start, then id). A
/// lookup is a binary search; a change copies the arrays and re-sorts only the runs it touches.
/// </summary>
internal sealed class DelegationIndex
{
    private readonly Guid[] keys;
    private readonly int[] starts;
    private readonly DelegationState[] items;

    private DelegationIndex(Guid[] keys, int[] starts, DelegationState[] items)
    {
        this.keys = keys;
        this.starts = starts;
        this.items = items;
    }

    public int Count => items.Length;

    /// <summary>Every delegation filed, by key, then oldest first.</summary>
    public ArraySegment<DelegationState> Items => items;

    public ArraySegment<DelegationState> this[Guid key]
    {
        get
        {
            var i = Array.BinarySearch(keys, key);
            return i < 0 ? ArraySegment<DelegationState>.Empty : new ArraySegment<DelegationState>(items, starts[i], starts[i + 1] - starts[i]);
        }
    }

    public static DelegationIndex Build(IReadOnlyCollection<DelegationState> delegations, DelegationKeys keysOf)
    {
        var entries = new List<Entry>(delegations.Count);
        Span<Guid> buffer = stackalloc Guid[2];
        foreach (var d in delegations)
        {
            var n = keysOf(d, buffer);
            for (var k = 0; k < n; k++)
            {
                entries.Add(new Entry(buffer[k], d));
            }
        }

        var array = entries.ToArray();
        array.AsSpan().Sort(default(EntryOrder));
        return Of(array);
    }

    /// <summary>A new index with <paramref name="changed"/> replacing the delegations of the same ids (filed under <paramref name="before"/>'s keys) or added.</summary>
    public DelegationIndex With(IReadOnlyCollection<DelegationState> changed, Func<Guid, DelegationState?> before, DelegationKeys keysOf)
    {
        var ids = changed.Select(d => d.Id).ToHashSet();
        var touched = new HashSet<Guid>();
        var added = new List<Entry>();
        Span<Guid> buffer = stackalloc Guid[2];
        foreach (var d in changed)
        {
            if (before(d.Id) is { } old)
            {
                var n = keysOf(old, buffer);
                for (var k = 0; k < n; k++)
                {
                    touched.Add(buffer[k]);
                }
            }

            var m = keysOf(d, buffer);
            for (var k = 0; k < m; k++)
            {
                touched.Add(buffer[k]);
                added.Add(new Entry(buffer[k], d));
            }
        }

        // the touched runs, rebuilt: what they held but the changed delegations, and the changed ones filed under them
        foreach (var key in touched)
        {
            foreach (var d in this[key])
            {
                if (!ids.Contains(d.Id))
                {
                    added.Add(new Entry(key, d));
                }
            }
        }

        var rebuilt = added.ToArray();
        rebuilt.AsSpan().Sort(default(EntryOrder));

        // merge: the untouched runs as they were, the rebuilt ones in key order
        var result = new List<Entry>(items.Length + rebuilt.Length);
        var r = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            while (r < rebuilt.Length && rebuilt[r].Key.CompareTo(keys[i]) < 0)
            {
                result.Add(rebuilt[r++]);
            }

            if (touched.Contains(keys[i]))
            {
                continue;
            }

            for (var j = starts[i]; j < starts[i + 1]; j++)
            {
                result.Add(new Entry(keys[i], items[j]));
            }
        }

        while (r < rebuilt.Length)
        {
            result.Add(rebuilt[r++]);
        }

        return Of(result.ToArray());
    }

    private static DelegationIndex Of(Entry[] sorted)
    {
        var distinct = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            if (i == 0 || sorted[i].Key != sorted[i - 1].Key)
            {
                distinct++;
            }
        }

        var keys = new Guid[distinct];
        var starts = new int[distinct + 1];
        var items = new DelegationState[sorted.Length];
        var k = -1;
        for (var i = 0; i < sorted.Length; i++)
        {
            if (i == 0 || sorted[i].Key != sorted[i - 1].Key)
            {
                keys[++k] = sorted[i].Key;
                starts[k] = i;
            }

            items[i] = sorted[i].Delegation;
        }

        starts[distinct] = sorted.Length;
        return new DelegationIndex(keys, starts, items);
    }

    private readonly record struct Entry(Guid Key, DelegationState Delegation);

    /// <summary>By key, then start, then id: the order of <see cref="DelegationsSnapshot"/>'s lists.</summary>
    private readonly struct EntryOrder : IComparer<Entry>
    {
        public int Compare(Entry x, Entry y)
        {
            var byKey = x.Key.CompareTo(y.Key);
            if (byKey != 0)
            {
                return byKey;
            }

            var byStart = x.Delegation.From.CompareTo(y.Delegation.From);
            return byStart != 0 ? byStart : x.Delegation.Id.CompareTo(y.Delegation.Id);
        }
    }
}
