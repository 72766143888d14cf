using System.Collections.Concurrent;

namespace Chancery.Core.Positions;

/// <summary>
/// Every position, appointment and official, indexed by unit, position and official; part of the
/// read model. Immutable: a change makes a new snapshot that shares what did not change.
/// </summary>
public sealed partial class PositionsSnapshot
{
    private readonly Dictionary<Guid, PositionState> positions;
    private readonly Dictionary<Guid, PositionState[]> byUnit;
    private readonly Dictionary<Guid, AppointmentState> appointments;
    private readonly Dictionary<Guid, AppointmentState[]> byPosition;
    private readonly Dictionary<Guid, AppointmentState[]> byOfficial;
    private readonly Dictionary<Guid, OfficialState> officials;
    private readonly ConcurrentDictionary<Guid, PositionState[]> answerOrder = new();

    private PositionsSnapshot(
        Dictionary<Guid, PositionState> positions, Dictionary<Guid, PositionState[]> byUnit,
        Dictionary<Guid, AppointmentState> appointments, Dictionary<Guid, AppointmentState[]> byPosition,
        Dictionary<Guid, AppointmentState[]> byOfficial, Dictionary<Guid, OfficialState> officials)
    {
        this.positions = positions;
        this.byUnit = byUnit;
        this.appointments = appointments;
        this.byPosition = byPosition;
        this.byOfficial = byOfficial;
        this.officials = officials;
    }

    public static PositionsSnapshot Empty { get; } = new([], [], [], [], [], []);

    public int PositionCount => positions.Count;

    public int OfficialCount => officials.Count;

    public int AppointmentCount => appointments.Count;

    public IEnumerable<OfficialState> Officials => officials.Values;

    public static PositionsSnapshot Build(IEnumerable<PositionState> positions, IEnumerable<AppointmentState> appointments, IEnumerable<OfficialState> officials)
    {
        var p = positions.ToDictionary(x => x.Id);
        var a = appointments.ToDictionary(x => x.Id);
        return new PositionsSnapshot(
            p, Group(p.Values, x => x.UnitId, ByStart),
            a, Group(a.Values, x => x.PositionId, ByStart), Group(a.Values, x => x.OfficialId, ByStart),
            officials.ToDictionary(x => x.Id));
    }

    /// <summary>A new snapshot with these states replaced or added.</summary>
    public PositionsSnapshot With(IReadOnlyCollection<PositionState> changedPositions, IReadOnlyCollection<AppointmentState> changedAppointments, IReadOnlyCollection<OfficialState> changedOfficials)
    {
        if (changedPositions.Count + changedAppointments.Count + changedOfficials.Count == 0)
        {
            return this;
        }

        var p = positions;
        var unitIndex = byUnit;
        if (changedPositions.Count > 0)
        {
            p = new Dictionary<Guid, PositionState>(positions);
            var units = new HashSet<Guid>();
            foreach (var position in changedPositions)
            {
                if (positions.TryGetValue(position.Id, out var old))
                {
                    units.Add(old.UnitId);
                }

                units.Add(position.UnitId);
                p[position.Id] = position;
            }

            var current = p;
            var affected = units.SelectMany(u => byUnit.TryGetValue(u, out var list) ? list : []).Concat(changedPositions)
                .DistinctBy(x => x.Id).Select(x => current[x.Id]);
            unitIndex = Regroup(byUnit, units, affected, x => x.UnitId, ByStart);
        }

        var a = appointments;
        var positionIndex = byPosition;
        var officialIndex = byOfficial;
        if (changedAppointments.Count > 0)
        {
            a = new Dictionary<Guid, AppointmentState>(appointments);
            var positionIds = new HashSet<Guid>();
            var officialIds = new HashSet<Guid>();
            foreach (var appointment in changedAppointments)
            {
                if (appointments.TryGetValue(appointment.Id, out var old))
                {
                    positionIds.Add(old.PositionId);
                    officialIds.Add(old.OfficialId);
                }

                positionIds.Add(appointment.PositionId);
                officialIds.Add(appointment.OfficialId);
                a[appointment.Id] = appointment;
            }

            positionIndex = Regroup(byPosition, positionIds, positionIds.SelectMany(id => Current(byPosition, id, a)).Concat(changedAppointments).DistinctBy(x => x.Id).Select(x => a[x.Id]), x => x.PositionId, ByStart);
            officialIndex = Regroup(byOfficial, officialIds, officialIds.SelectMany(id => Current(byOfficial, id, a)).Concat(changedAppointments).DistinctBy(x => x.Id).Select(x => a[x.Id]), x => x.OfficialId, ByStart);
        }

        var o = officials;
        if (changedOfficials.Count > 0)
        {
            o = new Dictionary<Guid, OfficialState>(officials);
            foreach (var official in changedOfficials)
            {
                o[official.Id] = official;
            }
        }

        return new PositionsSnapshot(p, unitIndex, a, positionIndex, officialIndex, o);
    }

    public PositionState? FindPosition(Guid id) => positions.GetValueOrDefault(id);

    public AppointmentState? FindAppointment(Guid id) => appointments.GetValueOrDefault(id);

    public OfficialState? FindOfficial(Guid id) => officials.GetValueOrDefault(id);

    /// <summary>Every position of a unit, at every date, oldest first.</summary>
    public IReadOnlyList<PositionState> PositionsOfUnit(Guid unitId) => byUnit.TryGetValue(unitId, out var list) ? list : [];

    /// <summary>Every appointment to a position, oldest first.</summary>
    public IReadOnlyList<AppointmentState> AppointmentsToPosition(Guid positionId) => byPosition.TryGetValue(positionId, out var list) ? list : [];

    /// <summary>Every appointment of an official, oldest first.</summary>
    public IReadOnlyList<AppointmentState> AppointmentsOfOfficial(Guid officialId) => byOfficial.TryGetValue(officialId, out var list) ? list : [];

    private static int ByStart(PositionState x, PositionState y) => x.From != y.From ? x.From.CompareTo(y.From) : x.Id.CompareTo(y.Id);

    private static int ByStart(AppointmentState x, AppointmentState y) => x.From != y.From ? x.From.CompareTo(y.From) : x.Id.CompareTo(y.Id);

    private static IEnumerable<AppointmentState> Current(Dictionary<Guid, AppointmentState[]> index, Guid key, Dictionary<Guid, AppointmentState> all) =>
        index.TryGetValue(key, out var list) ? list.Select(x => all[x.Id]) : [];

    private static Dictionary<Guid, T[]> Group<T>(IEnumerable<T> items, Func<T, Guid> key, Comparison<T> order)
    {
        var result = new Dictionary<Guid, T[]>();
        foreach (var group in items.GroupBy(key))
        {
            var array = group.ToArray();
            Array.Sort(array, order);
            result[group.Key] = array;
        }

        return result;
    }

    private static Dictionary<Guid, T[]> Regroup<T>(Dictionary<Guid, T[]> index, HashSet<Guid> keys, IEnumerable<T> items, Func<T, Guid> key, Comparison<T> order)
    {
        var result = new Dictionary<Guid, T[]>(index);
        foreach (var k in keys)
        {
            result.Remove(k);
        }

        foreach (var (k, list) in Group(items.Where(x => keys.Contains(key(x))), key, order))
        {
            result[k] = list;
        }

        return result;
    }
}
