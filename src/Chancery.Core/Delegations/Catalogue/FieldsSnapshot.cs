namespace Chancery.Core.Delegations.Catalogue;

/// <summary>Every unit's own field of work, by id, by unit and by code; part of the read model. Immutable: a change makes a new snapshot.</summary>
public sealed class FieldsSnapshot
{
    private readonly Dictionary<Guid, FieldState> all;
    private readonly Dictionary<Guid, FieldState[]> byUnit;
    private readonly Dictionary<string, FieldState[]> byCode;

    private FieldsSnapshot(Dictionary<Guid, FieldState> all)
    {
        this.all = all;
        byUnit = all.Values.GroupBy(f => f.UnitId).ToDictionary(g => g.Key, g => Ordered(g));
        byCode = all.Values.GroupBy(f => f.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => Ordered(g), StringComparer.Ordinal);
    }

    public static FieldsSnapshot Empty { get; } = Build([]);

    public int Count => all.Count;

    public IEnumerable<FieldState> All => all.Values;

    public static FieldsSnapshot Build(IEnumerable<FieldState> fields) => new(fields.ToDictionary(f => f.Id));

    /// <summary>A new snapshot with these states replaced or added (a unit's own fields are few: the indexes are rebuilt).</summary>
    public FieldsSnapshot With(IReadOnlyCollection<FieldState> changed)
    {
        if (changed.Count == 0)
        {
            return this;
        }

        var copy = new Dictionary<Guid, FieldState>(all);
        foreach (var f in changed)
        {
            copy[f.Id] = f;
        }

        return new FieldsSnapshot(copy);
    }

    public FieldState? Find(Guid id) => all.GetValueOrDefault(id);

    /// <summary>A unit's own fields, oldest first, over all time.</summary>
    public IReadOnlyList<FieldState> OfUnit(Guid unitId) => byUnit.GetValueOrDefault(unitId) ?? [];

    /// <summary>The own fields of every unit that have this code, over all time.</summary>
    public IReadOnlyList<FieldState> WithCode(string code) => byCode.GetValueOrDefault(code) ?? [];

    private static FieldState[] Ordered(IEnumerable<FieldState> fields) => fields.OrderBy(f => f.From).ThenBy(f => f.Id).ToArray();
}
