namespace Chancery.Core.Delegations;

/// <summary>
/// Every delegation once, in one array sorted by id: a lookup is a binary search over the
/// delegations' own ids, with no key array or hash table beside them (8 bytes a delegation).
/// </summary>
internal sealed class DelegationsById
{
    private readonly DelegationState[] items;

    private DelegationsById(DelegationState[] items) => this.items = items;

    public int Count => items.Length;

    public ArraySegment<DelegationState> Items => items;

    /// <summary>The delegations, the last of each id kept.</summary>
    public static DelegationsById Build(IEnumerable<DelegationState> delegations)
    {
        var unique = new Dictionary<Guid, DelegationState>();
        foreach (var d in delegations)
        {
            unique[d.Id] = d;
        }

        var items = unique.Values.ToArray();
        items.AsSpan().Sort(default(ByIdOrder));
        return new DelegationsById(items);
    }

    public DelegationState? Find(Guid id)
    {
        var (low, high) = (0, items.Length - 1);
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var order = items[middle].Id.CompareTo(id);
            if (order == 0)
            {
                return items[middle];
            }

            (low, high) = order < 0 ? (middle + 1, high) : (low, middle - 1);
        }

        return null;
    }

    /// <summary>A new array with <paramref name="changed"/> (one state per id) replacing or added.</summary>
    public DelegationsById With(IReadOnlyCollection<DelegationState> changed)
    {
        var added = changed.ToArray();
        added.AsSpan().Sort(default(ByIdOrder));
        var result = new List<DelegationState>(items.Length + added.Length);
        var (i, j) = (0, 0);
        while (i < items.Length || j < added.Length)
        {
            var order = i == items.Length ? 1 : j == added.Length ? -1 : items[i].Id.CompareTo(added[j].Id);
            if (order < 0)
            {
                result.Add(items[i++]);
            }
            else
            {
                result.Add(added[j++]);
                i += order == 0 ? 1 : 0;
            }
        }

        return new DelegationsById(result.ToArray());
    }

    private readonly struct ByIdOrder : IComparer<DelegationState>
    {
        public int Compare(DelegationState? x, DelegationState? y) => x!.Id.CompareTo(y!.Id);
    }
}
