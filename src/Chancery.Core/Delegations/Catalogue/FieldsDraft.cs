namespace Chancery.Core.Delegations.Catalogue;

/// <summary>A unit's own fields with pending changes laid over the snapshot.</summary>
public sealed class FieldsDraft(FieldsSnapshot baseline)
{
    private readonly Dictionary<Guid, FieldState> changed = [];

    public FieldsSnapshot Baseline => baseline;

    public IReadOnlyCollection<FieldState> Changed => changed.Values;

    public FieldState? Find(Guid id) => changed.TryGetValue(id, out var f) ? f : baseline.Find(id);

    public FieldState? Original(Guid id) => baseline.Find(id);

    public void Put(FieldState field) => changed[field.Id] = field;

    /// <summary>A unit's own fields, as drafted.</summary>
    public IEnumerable<FieldState> OfUnit(Guid unitId) =>
        baseline.OfUnit(unitId).Where(f => !changed.ContainsKey(f.Id)).Concat(changed.Values.Where(f => f.UnitId == unitId));
}
