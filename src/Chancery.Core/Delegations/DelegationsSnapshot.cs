using Chancery.Core.Positions;
using Chancery.Core.Time;

namespace Chancery.Core.Delegations;

/// <summary>
/// Every delegation, by id (<see cref="DelegationsById"/>), by unit, by the appointments it rests on
/// and by the grant it passes on (each a <see cref="DelegationIndex"/>: sorted keys and flat arrays,
/// binary search), not in dictionaries of arrays; an official's are found through the official's
/// appointments. At national scale (some 200,000 delegations) that is what keeps their share of the
/// server's memory small. Part of the read model; immutable: a change makes a new snapshot.
/// </summary>
public sealed class DelegationsSnapshot
{
    private readonly DelegationsById all;
    private readonly DelegationIndex byUnit;
    private readonly DelegationIndex byAppointment;
    private readonly DelegationIndex byPassedFrom;

    private DelegationsSnapshot(DelegationsById all, DelegationIndex byUnit, DelegationIndex byAppointment, DelegationIndex byPassedFrom)
    {
        this.all = all;
        this.byUnit = byUnit;
        this.byAppointment = byAppointment;
        this.byPassedFrom = byPassedFrom;
    }

    public static DelegationsSnapshot Empty { get; } = Build([]);

    public int Count => all.Count;

    /// <summary>Every delegation, by id.</summary>
    public IEnumerable<DelegationState> All => all.Items;

    public static DelegationsSnapshot Build(IEnumerable<DelegationState> delegations)
    {
        var all = DelegationsById.Build(delegations);
        var states = all.Items;
        return new DelegationsSnapshot(
            all, DelegationIndex.Build(states, UnitKeys), DelegationIndex.Build(states, AppointmentKeys), DelegationIndex.Build(states, PassedFromKeys));
    }

    /// <summary>A new snapshot with these states replaced or added; only the index runs they touch are re-sorted.</summary>
    public DelegationsSnapshot With(IReadOnlyCollection<DelegationState> changed)
    {
        if (changed.Count == 0)
        {
            return this;
        }

        var last = new Dictionary<Guid, DelegationState>();
        foreach (var d in changed)
        {
            last[d.Id] = d;
        }

        var states = last.Values;
        return new DelegationsSnapshot(
            all.With(states), byUnit.With(states, Find, UnitKeys), byAppointment.With(states, Find, AppointmentKeys), byPassedFrom.With(states, Find, PassedFromKeys));
    }

    public DelegationState? Find(Guid id) => all.Find(id);

    /// <summary>The delegations made in a unit (by its head, or passed on by its head), oldest first.</summary>
    public ArraySegment<DelegationState> OfUnit(Guid unitId) => byUnit[unitId];

    /// <summary>The delegations that rest on an appointment (as the delegator's or the delegate's).</summary>
    public ArraySegment<DelegationState> RestingOn(Guid appointmentId) => byAppointment[appointmentId];

    /// <summary>The delegations an official made or received (resting on the official's appointments), oldest first.</summary>
    public List<DelegationState> OfOfficial(Guid officialId, PositionsSnapshot positions) =>
        positions.AppointmentsOfOfficial(officialId)
            .SelectMany(a => RestingOn(a.Id))
            .Where(d => d.DelegatorOfficialId == officialId || d.DelegateOfficialId == officialId)
            .DistinctBy(d => d.Id)
            .OrderBy(d => d.From).ThenBy(d => d.Id)
            .ToList();

    /// <summary>The pass-ons of a grant by order.</summary>
    public ArraySegment<DelegationState> PassedFrom(Guid delegationId) => byPassedFrom[delegationId];

    /// <summary>When the delegation is in effect, in valid time: its own period cut by the appointments (and the grant) it rests on.</summary>
    public Period Effective(DelegationState d, PositionsSnapshot positions) =>
        DelegationPeriods.Effective(d, positions.FindAppointment, Find);

    private static int UnitKeys(DelegationState d, Span<Guid> into)
    {
        into[0] = d.UnitId;
        return 1;
    }

    private static int AppointmentKeys(DelegationState d, Span<Guid> into) => Two(d.DelegatorAppointmentId, d.DelegateAppointmentId, into);

    private static int PassedFromKeys(DelegationState d, Span<Guid> into)
    {
        if (d.PassedFromId is not { } id)
        {
            return 0;
        }

        into[0] = id;
        return 1;
    }

    private static int Two(Guid a, Guid b, Span<Guid> into)
    {
        into[0] = a;
        into[1] = b;
        return a == b ? 1 : 2;
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
