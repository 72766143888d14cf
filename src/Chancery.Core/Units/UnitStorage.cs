namespace Chancery.Core.Units;

/// <summary>Between the stored unit and the immutable state the rules work on.</summary>
public static class UnitStorage
{
    public static UnitState ToState(Unit unit) =>
        new(unit.Id, unit.Version, unit.Versions
            .OrderBy(v => v.ValidFrom)
            .Select(v => new UnitVersionState(v.ValidFrom, v.ValidTo, v.Name, v.ShortName, v.Kind, v.ParentId, v.Code))
            .ToArray());

    /// <summary>
    /// Makes the stored unit hold <paramref name="state"/>: rows whose period and attributes are
    /// unchanged stay as they are, a row whose period start matches is updated, the rest are
    /// removed or added.
    /// </summary>
    public static void Apply(Unit unit, UnitState state)
    {
        unit.Version = state.Version;
        var byStart = unit.Versions.ToDictionary(v => v.ValidFrom);
        var keep = new HashSet<DateOnly>();
        foreach (var v in state.Versions)
        {
            keep.Add(v.From);
            if (!byStart.TryGetValue(v.From, out var row))
            {
                unit.Versions.Add(ToRow(unit.Id, v));
                continue;
            }

            row.ValidTo = v.To;
            row.Name = v.Name;
            row.SearchKey = v.SearchKey;
            row.ShortName = v.ShortName;
            row.Kind = v.Kind;
            row.ParentId = v.ParentId;
            row.Code = v.Code;
        }

        unit.Versions.RemoveAll(v => !keep.Contains(v.ValidFrom));
    }

    /// <summary>A new stored row of one version of a unit.</summary>
    public static UnitVersion ToRow(Guid unitId, UnitVersionState v) => new()
    {
        UnitId = unitId, ValidFrom = v.From, ValidTo = v.To, Name = v.Name, SearchKey = v.SearchKey, ShortName = v.ShortName, Kind = v.Kind, ParentId = v.ParentId, Code = v.Code,
    };

    public static Unit ToNew(UnitState state)
    {
        var unit = new Unit { Id = state.Id };
        Apply(unit, state);
        return unit;
    }
}
