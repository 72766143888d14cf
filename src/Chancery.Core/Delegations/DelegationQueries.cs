using Chancery.Core.Positions;
using Chancery.Core.Registry;

namespace Chancery.Core.Delegations;

/// <summary>Two or more deputies holding the same field of a unit on a date (an overlap on purpose).</summary>
public sealed record FieldConflict(string FieldCode, IReadOnlyList<DelegationState> Delegations);

/// <summary>Point-in-time reads of delegations, from the snapshot.</summary>
public static class DelegationQueries
{
    /// <summary>The delegations in effect on the date, of a unit and/or an official (made or received), in a field; oldest first.</summary>
    public static List<DelegationState> InEffect(RegistrySnapshot snapshot, Guid? unitId, Guid? officialId, string? fieldCode, DateOnly date)
    {
        var delegations = snapshot.Delegations;
        IEnumerable<DelegationState> candidates = unitId is { } u ? delegations.OfUnit(u) : officialId is { } o ? delegations.OfOfficial(o, snapshot.Positions) : delegations.All;
        return candidates
            .Where(d => officialId is not { } id || d.DelegatorOfficialId == id || d.DelegateOfficialId == id)
            .Where(d => fieldCode is null || d.Fields.Contains(fieldCode))
            .Where(d => delegations.Effective(d, snapshot.Positions).Contains(date))
            .OrderBy(d => d.From).ThenBy(d => d.Id)
            .ToList();
    }

    /// <summary>Fields that two deputies of the unit hold on the date.</summary>
    public static List<FieldConflict> Overlaps(RegistrySnapshot snapshot, Guid unitId, DateOnly date) =>
        InEffect(snapshot, unitId, null, null, date)
            .Where(d => d.Kind == DelegationKind.Assignment)
            .SelectMany(d => d.Fields.Select(f => (Field: f, D: d)))
            .GroupBy(x => x.Field, StringComparer.Ordinal)
            .Where(g => g.Select(x => x.D.DelegateOfficialId).Distinct().Count() > 1)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new FieldConflict(g.Key, g.Select(x => x.D).ToList()))
            .ToList();

    /// <summary>Authorizations (TUQ.) of the unit in effect on the date that end within the days given.</summary>
    public static List<DelegationState> Expiring(RegistrySnapshot snapshot, Guid unitId, DateOnly date, int days) =>
        InEffect(snapshot, unitId, null, null, date)
            .Where(d => d.Kind == DelegationKind.Authorization && snapshot.Delegations.Effective(d, snapshot.Positions).End <= (DateOnly.MaxValue.DayNumber - date.DayNumber > days ? date.AddDays(days) : DateOnly.MaxValue))
            .ToList();
}
