using Chancery.Core.Positions;
using Chancery.Core.Time;

namespace Chancery.Core.Delegations;

/// <summary>
/// Every delegation, indexed by unit, by the appointments it rests on, by official and by the grant
/// it passes on; part of the read model. Immutable: a change makes a new snapshot.
/// </summary>
public sealed class DelegationsSnapshot
{
    private readonly Dictionary<Guid, DelegationState> all;
    private readonly Dictionary<Guid, DelegationState[]> byUnit;
    private readonly Dictionary<Guid, DelegationState[]> byAppointment;
    private readonly Dictionary<Guid, DelegationState[]> byOfficial;
    private readonly Dictionary<Guid, DelegationState[]> byPassedFrom;

    private DelegationsSnapshot(
        Dictionary<Guid, DelegationState> all, Dictionary<Guid, DelegationState[]> byUnit, Dictionary<Guid, DelegationState[]> byAppointment,
        Dictionary<Guid, DelegationState[]> byOfficial, Dictionary<Guid, DelegationState[]> byPassedFrom)
    {
        this.all = all;
        this.byUnit = byUnit;
        this.byAppointment = byAppointment;
        this.byOfficial = byOfficial;
        this.byPassedFrom = byPassedFrom;
    }

    public static DelegationsSnapshot Empty { get; } = Build([]);

    public int Count => all.Count;

    public IEnumerable<DelegationState> All => all.Values;

    public static DelegationsSnapshot Build(IEnumerable<DelegationState> delegations)
    {
        var all = delegations.ToDictionary(d => d.Id);
        return new DelegationsSnapshot(
            all, Group(all.Values, UnitKeys), Group(all.Values, AppointmentKeys), Group(all.Values, OfficialKeys), Group(all.Values, PassedFromKeys));
    }

    /// <summary>A new snapshot with these states replaced or added; only the index entries they touch are regrouped.</summary>
    public DelegationsSnapshot With(IReadOnlyCollection<DelegationState> changed)
    {
        if (changed.Count == 0)
        {
            return this;
        }

        var copy = new Dictionary<Guid, DelegationState>(all);
        foreach (var d in changed)
        {
            copy[d.Id] = d;
        }

        return new DelegationsSnapshot(
            copy, Regroup(byUnit, all, changed, UnitKeys), Regroup(byAppointment, all, changed, AppointmentKeys),
            Regroup(byOfficial, all, changed, OfficialKeys), Regroup(byPassedFrom, all, changed, PassedFromKeys));
    }

    public DelegationState? Find(Guid id) => all.GetValueOrDefault(id);

    /// <summary>The delegations made in a unit (by its head, or passed on by its head), oldest first.</summary>
    public IReadOnlyList<DelegationState> OfUnit(Guid unitId) => byUnit.GetValueOrDefault(unitId) ?? [];

    /// <summary>The delegations that rest on an appointment (as the delegator's or the delegate's).</summary>
    public IReadOnlyList<DelegationState> RestingOn(Guid appointmentId) => byAppointment.GetValueOrDefault(appointmentId) ?? [];

    /// <summary>The delegations an official made or received.</summary>
    public IReadOnlyList<DelegationState> OfOfficial(Guid officialId) => byOfficial.GetValueOrDefault(officialId) ?? [];

    /// <summary>The pass-ons of a grant by order.</summary>
    public IReadOnlyList<DelegationState> PassedFrom(Guid delegationId) => byPassedFrom.GetValueOrDefault(delegationId) ?? [];

    /// <summary>When the delegation is in effect, in valid time: its own period cut by the appointments (and the grant) it rests on.</summary>
    public Period Effective(DelegationState d, PositionsSnapshot positions) =>
        DelegationPeriods.Effective(d, positions.FindAppointment, Find);

    private static IEnumerable<Guid> UnitKeys(DelegationState d) => [d.UnitId];

    private static IEnumerable<Guid> AppointmentKeys(DelegationState d) =>
        d.DelegatorAppointmentId == d.DelegateAppointmentId ? [d.DelegatorAppointmentId] : [d.DelegatorAppointmentId, d.DelegateAppointmentId];

    private static IEnumerable<Guid> OfficialKeys(DelegationState d) =>
        d.DelegatorOfficialId == d.DelegateOfficialId ? [d.DelegatorOfficialId] : [d.DelegatorOfficialId, d.DelegateOfficialId];

    private static IEnumerable<Guid> PassedFromKeys(DelegationState d) => d.PassedFromId is { } id ? [id] : [];

    private static DelegationState[] Ordered(IEnumerable<DelegationState> items) => items.OrderBy(d => d.From).ThenBy(d => d.Id).ToArray();

    private static Dictionary<Guid, DelegationState[]> Group(IEnumerable<DelegationState> items, Func<DelegationState, IEnumerable<Guid>> keys) =>
        items.SelectMany(d => keys(d).Select(k => (Key: k, D: d))).GroupBy(x => x.Key).ToDictionary(g => g.Key, g => Ordered(g.Select(x => x.D)));

    private static Dictionary<Guid, DelegationState[]> Regroup(
        Dictionary<Guid, DelegationState[]> index, Dictionary<Guid, DelegationState> before, IReadOnlyCollection<DelegationState> changed,
        Func<DelegationState, IEnumerable<Guid>> keys)
    {
        var ids = changed.Select(d => d.Id).ToHashSet();
        var affected = new HashSet<Guid>();
        foreach (var d in changed)
        {
            if (before.TryGetValue(d.Id, out var old))
            {
                affected.UnionWith(keys(old));
            }

            affected.UnionWith(keys(d));
        }

        var result = new Dictionary<Guid, DelegationState[]>(index);
        foreach (var key in affected)
        {
            var list = Ordered((index.GetValueOrDefault(key) ?? []).Where(d => !ids.Contains(d.Id)).Concat(changed.Where(d => keys(d).Contains(key))));
            if (list.Length == 0)
            {
                result.Remove(key);
            }
            else
            {
                result[key] = list;
            }
        }

        return result;
    }
}

/// <summary>The valid time of a delegation: it lasts only while both sides hold their appointments (and, passed on, while the grant lasts).</summary>
public static class DelegationPeriods
{
    public static Period Effective(DelegationState d, Func<Guid, AppointmentState?> appointment, Func<Guid, DelegationState?> delegation, int depth = 0)
    {
        Period? period = d.Own;
        period = Cut(period, appointment(d.DelegatorAppointmentId)?.Period);
        period = Cut(period, appointment(d.DelegateAppointmentId)?.Period);
        if (d.PassedFromId is { } parentId && depth < 4)
        {
            period = delegation(parentId) is { } parent ? Cut(period, Effective(parent, appointment, delegation, depth + 1)) : null;
        }

        return period ?? new Period(d.From, d.From);
    }

    private static Period? Cut(Period? period, Period? by) =>
        period is { } p && by is { } b ? p.Intersect(b) : null;
}
