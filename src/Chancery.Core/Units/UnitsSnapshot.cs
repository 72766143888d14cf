using System.Runtime.InteropServices;

namespace Chancery.Core.Units;

/// <summary>
/// The whole hierarchy, every version of every unit. Immutable:
/// a change makes a new snapshot that shares what did not change, and readers on other threads
/// keep the one they hold. Queries that take a date live in <c>UnitsSnapshot.Queries.cs</c>.
/// </summary>
public sealed partial class UnitsSnapshot
{
    /// <summary>The key under which the top-level units hang.</summary>
    private static readonly Guid TopKey = Guid.Empty;

    private readonly Dictionary<Guid, UnitState> units;
    private readonly Dictionary<Guid, ChildEdge[]> children;
    private readonly Dictionary<string, Guid[]> codes;

    private UnitsSnapshot(Dictionary<Guid, UnitState> units, Dictionary<Guid, ChildEdge[]> children, Dictionary<string, Guid[]> codes)
    {
        this.units = units;
        this.children = children;
        this.codes = codes;
    }

    public static UnitsSnapshot Empty { get; } = new([], [], new(StringComparer.Ordinal));

    public int Count => units.Count;

    public IEnumerable<UnitState> Units => units.Values;

    /// <summary>
    /// The snapshot of these units. Sized up front, with each parent's edges counted before they are
    /// placed, so that building the read model of a large registry leaves little garbage behind.
    /// </summary>
    public static UnitsSnapshot Build(IEnumerable<UnitState> all)
    {
        var list = all as IReadOnlyCollection<UnitState> ?? all.ToList();
        var units = new Dictionary<Guid, UnitState>(list.Count);
        var counts = new Dictionary<Guid, int>();
        var codes = new Dictionary<string, Guid[]>(StringComparer.Ordinal);
        foreach (var unit in list)
        {
            units.Add(unit.Id, unit);
            foreach (var v in unit.Versions)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(counts, v.ParentId ?? TopKey, out _)++;
                if (v.Code is { } code)
                {
                    AddDistinct(codes, code, unit.Id);
                }
            }
        }

        var sorted = new Dictionary<Guid, ChildEdge[]>(counts.Count);
        foreach (var (parent, count) in counts)
        {
            sorted.Add(parent, new ChildEdge[count]);
        }

        foreach (var unit in list)
        {
            foreach (var v in unit.Versions)
            {
                var parent = v.ParentId ?? TopKey;
                sorted[parent][--CollectionsMarshal.GetValueRefOrNullRef(counts, parent)] = new ChildEdge(unit, v);
            }
        }

        foreach (var array in sorted.Values)
        {
            Array.Sort(array, ChildEdge.ByName);
        }

        return new(units, sorted, codes);
    }

    /// <summary>A new snapshot with these units replaced or added.</summary>
    public UnitsSnapshot With(IReadOnlyCollection<UnitState> changed)
    {
        if (changed.Count == 0)
        {
            return this;
        }

        if (changed.Count > units.Count / 4)
        {
            var merged = new Dictionary<Guid, UnitState>(units);
            foreach (var unit in changed)
            {
                merged[unit.Id] = unit;
            }

            return Build(merged.Values);
        }

        var newUnits = new Dictionary<Guid, UnitState>(units);
        var newChildren = new Dictionary<Guid, ChildEdge[]>(children);
        var newCodes = new Dictionary<string, Guid[]>(codes, StringComparer.Ordinal);
        var changedIds = new HashSet<Guid>();
        var parents = new HashSet<Guid>();
        var affectedCodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unit in changed)
        {
            changedIds.Add(unit.Id);
            if (units.TryGetValue(unit.Id, out var old))
            {
                Collect(old, parents, affectedCodes);
            }

            Collect(unit, parents, affectedCodes);
            newUnits[unit.Id] = unit;
        }

        foreach (var parent in parents)
        {
            var list = new List<ChildEdge>();
            if (children.TryGetValue(parent, out var existing))
            {
                list.AddRange(existing.Where(e => !changedIds.Contains(e.Child.Id)));
            }

            foreach (var unit in changed)
            {
                list.AddRange(unit.Versions.Where(v => (v.ParentId ?? TopKey) == parent).Select(v => new ChildEdge(unit, v)));
            }

            if (list.Count == 0)
            {
                newChildren.Remove(parent);
                continue;
            }

            var array = list.ToArray();
            Array.Sort(array, ChildEdge.ByName);
            newChildren[parent] = array;
        }

        foreach (var code in affectedCodes)
        {
            var ids = (codes.TryGetValue(code, out var existing) ? existing : [])
                .Where(id => !changedIds.Contains(id))
                .Concat(changed.Where(u => u.Versions.Any(v => v.Code == code)).Select(u => u.Id))
                .ToArray();
            if (ids.Length == 0)
            {
                newCodes.Remove(code);
            }
            else
            {
                newCodes[code] = ids;
            }
        }

        return new(newUnits, newChildren, newCodes);
    }

    public UnitState? Find(Guid id) => units.GetValueOrDefault(id);

    /// <summary>Every edge below a parent (null: the top level), at every date, in name order.</summary>
    public ReadOnlySpan<ChildEdge> ChildEdges(Guid? parentId) =>
        children.TryGetValue(parentId ?? TopKey, out var edges) ? edges : [];

    /// <summary>Every unit that has or had the code, at any date.</summary>
    public IReadOnlyList<Guid> UnitsWithCode(string code) => codes.TryGetValue(code, out var ids) ? ids : [];

    private static void Collect(UnitState unit, HashSet<Guid> parents, HashSet<string> affectedCodes)
    {
        foreach (var v in unit.Versions)
        {
            parents.Add(v.ParentId ?? TopKey);
            if (v.Code is { } code)
            {
                affectedCodes.Add(code);
            }
        }
    }

    /// <summary>Adds the unit to the code's units unless it is the last one there (a unit's versions come together).</summary>
    private static void AddDistinct(Dictionary<string, Guid[]> codes, string code, Guid id)
    {
        ref var ids = ref CollectionsMarshal.GetValueRefOrAddDefault(codes, code, out var exists);
        if (!exists || ids is null)
        {
            ids = [id];
        }
        else if (ids[^1] != id)
        {
            ids = [.. ids, id];
        }
    }
}
