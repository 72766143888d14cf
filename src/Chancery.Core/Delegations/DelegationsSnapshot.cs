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

    private DelegationsSnapshot(Dictionary<Guid, DelegationState> all)
    {
        this.all = all;
        byUnit = Group(all.Values.Select(d => (d.UnitId, d)));
        byAppointment = Group(all.Values.SelectMany(d => new[] { (d.DelegatorAppointmentId, d), (d.DelegateAppointmentId, d) }).Distinct());
        byOfficial = Group(all.Values.SelectMany(d => new[] { (d.DelegatorOfficialId, d), (d.DelegateOfficialId, d) }).Distinct());
        byPassedFrom = Group(all.Values.Where(d => d.PassedFromId is not null).Select(d => (d.PassedFromId!.Value, d)));
    }

    public static DelegationsSnapshot Empty { get; } = new([]);

    public int Count => all.Count;

    public IEnumerable<DelegationState> All => all.Values;

    public static DelegationsSnapshot Build(IEnumerable<DelegationState> delegations) => new(delegations.ToDictionary(d => d.Id));

    /// <summary>A new snapshot with these states replaced or added (the indexes are rebuilt).</summary>
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

        return new DelegationsSnapshot(copy);
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

    private static Dictionary<Guid, DelegationState[]> Group(IEnumerable<(Guid Key, DelegationState D)> items) =>
        items.GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.Select(x => x.D).OrderBy(d => d.From).ThenBy(d => d.Id).ToArray());
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
