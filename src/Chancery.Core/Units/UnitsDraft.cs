using Chancery.Core.Errors;

namespace Chancery.Core.Units;

/// <summary>
/// A snapshot with pending changes laid over it: commands change units here, the rules are checked
/// here, and only a draft that breaks no rule is stored. Indexes the changed units by parent and
/// by code so that checking a plan of many changes stays linear.
/// </summary>
public sealed class UnitsDraft(UnitsSnapshot baseline)
{
    private readonly Dictionary<Guid, UnitState> changed = [];
    private readonly Dictionary<Guid, HashSet<Guid>> changedByParent = [];
    private readonly Dictionary<string, HashSet<Guid>> changedByCode = new(StringComparer.Ordinal);

    public UnitsSnapshot Baseline => baseline;

    /// <summary>The units this draft adds or changes, in their new state.</summary>
    public IReadOnlyCollection<UnitState> Changed => changed.Values;

    public bool IsChanged(Guid id) => changed.ContainsKey(id);

    public UnitState? Find(Guid id) => changed.TryGetValue(id, out var unit) ? unit : baseline.Find(id);

    public UnitState Get(Guid id, string field = "id") =>
        Find(id) ?? throw new NotFoundException("unit", Subjects.Unit(id), $"No unit has the id {id} ({field}).");

    /// <summary>The original state of a unit before this draft, or null for a new one.</summary>
    public UnitState? Original(Guid id) => baseline.Find(id);

    /// <summary>Whether the unit is <paramref name="ancestorId"/> or lies below it on a date, in the drafted hierarchy.</summary>
    public bool IsWithin(Guid unitId, Guid ancestorId, DateOnly date)
    {
        Guid? current = unitId;
        for (var depth = 0; depth <= UnitsSnapshot.MaxDepth && current is { } id; depth++)
        {
            if (id == ancestorId)
            {
                return true;
            }

            current = Find(id)?.At(date)?.ParentId;
        }

        return false;
    }

    public void Put(UnitState unit)
    {
        if (changed.TryGetValue(unit.Id, out var previous))
        {
            Unindex(previous);
        }

        changed[unit.Id] = unit;
        foreach (var v in unit.Versions)
        {
            Index(changedByParent, v.ParentId ?? Guid.Empty, unit.Id);
            if (v.Code is { } code)
            {
                Index(changedByCode, code, unit.Id);
            }
        }
    }

    /// <summary>Every version of every unit that hangs below the parent at some date.</summary>
    public IEnumerable<(UnitState Child, UnitVersionState Version)> ChildVersions(Guid? parentId)
    {
        foreach (var edge in baseline.ChildEdges(parentId).ToArray())
        {
            if (!changed.ContainsKey(edge.Child.Id))
            {
                yield return (edge.Child, edge.Version);
            }
        }

        if (changedByParent.TryGetValue(parentId ?? Guid.Empty, out var ids))
        {
            foreach (var id in ids)
            {
                var unit = changed[id];
                foreach (var v in unit.Versions)
                {
                    if (v.ParentId == parentId)
                    {
                        yield return (unit, v);
                    }
                }
            }
        }
    }

    /// <summary>Every unit that has the code at some date, in its drafted state.</summary>
    public IEnumerable<UnitState> UnitsWithCode(string code)
    {
        foreach (var id in baseline.UnitsWithCode(code))
        {
            if (!changed.ContainsKey(id))
            {
                yield return baseline.Find(id)!;
            }
        }

        if (changedByCode.TryGetValue(code, out var ids))
        {
            foreach (var id in ids)
            {
                yield return changed[id];
            }
        }
    }

    private void Unindex(UnitState unit)
    {
        foreach (var v in unit.Versions)
        {
            if (changedByParent.TryGetValue(v.ParentId ?? Guid.Empty, out var byParent))
            {
                byParent.Remove(unit.Id);
            }

            if (v.Code is { } code && changedByCode.TryGetValue(code, out var byCode))
            {
                byCode.Remove(unit.Id);
            }
        }
    }

    private static void Index<TKey>(Dictionary<TKey, HashSet<Guid>> index, TKey key, Guid id)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var set))
        {
            index[key] = set = [];
        }

        set.Add(id);
    }
}
