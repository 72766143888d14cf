namespace Chancery.Core.Positions;

/// <summary>Positions, appointments and officials with pending changes laid over the snapshot, like the hierarchy's draft.</summary>
public sealed class PositionsDraft(PositionsSnapshot baseline)
{
    private readonly Dictionary<Guid, PositionState> positions = [];
    private readonly Dictionary<Guid, AppointmentState> appointments = [];
    private readonly Dictionary<Guid, OfficialState> officials = [];

    public PositionsSnapshot Baseline => baseline;

    public IReadOnlyCollection<PositionState> ChangedPositions => positions.Values;

    public IReadOnlyCollection<AppointmentState> ChangedAppointments => appointments.Values;

    public IReadOnlyCollection<OfficialState> ChangedOfficials => officials.Values;

    public bool HasChanges => positions.Count + appointments.Count + officials.Count > 0;

    public PositionState? FindPosition(Guid id) => positions.TryGetValue(id, out var p) ? p : baseline.FindPosition(id);

    public AppointmentState? FindAppointment(Guid id) => appointments.TryGetValue(id, out var a) ? a : baseline.FindAppointment(id);

    public OfficialState? FindOfficial(Guid id) => officials.TryGetValue(id, out var o) ? o : baseline.FindOfficial(id);

    public void Put(PositionState position) => positions[position.Id] = position;

    public void Put(AppointmentState appointment) => appointments[appointment.Id] = appointment;

    public void Put(OfficialState official) => officials[official.Id] = official;

    /// <summary>Every position of a unit at every date, as drafted.</summary>
    public IEnumerable<PositionState> PositionsOfUnit(Guid unitId) =>
        baseline.PositionsOfUnit(unitId).Where(p => !positions.ContainsKey(p.Id))
            .Concat(positions.Values.Where(p => p.UnitId == unitId));

    /// <summary>Every appointment to a position at every date, as drafted.</summary>
    public IEnumerable<AppointmentState> AppointmentsToPosition(Guid positionId) =>
        baseline.AppointmentsToPosition(positionId).Where(a => !appointments.ContainsKey(a.Id))
            .Concat(appointments.Values.Where(a => a.PositionId == positionId));

    public PositionState? OriginalPosition(Guid id) => baseline.FindPosition(id);

    public AppointmentState? OriginalAppointment(Guid id) => baseline.FindAppointment(id);

    public OfficialState? OriginalOfficial(Guid id) => baseline.FindOfficial(id);
}
