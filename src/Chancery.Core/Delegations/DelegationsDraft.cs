using Chancery.Core.Positions;
using Chancery.Core.Time;

namespace Chancery.Core.Delegations;

/// <summary>Delegations with pending changes laid over the snapshot.</summary>
public sealed class DelegationsDraft(DelegationsSnapshot baseline)
{
    private readonly Dictionary<Guid, DelegationState> changed = [];

    public DelegationsSnapshot Baseline => baseline;

    public IReadOnlyCollection<DelegationState> Changed => changed.Values;

    public bool HasChanges => changed.Count > 0;

    public DelegationState? Find(Guid id) => changed.TryGetValue(id, out var d) ? d : baseline.Find(id);

    public DelegationState? Original(Guid id) => baseline.Find(id);

    public void Put(DelegationState delegation) => changed[delegation.Id] = delegation;

    /// <summary>Every delegation of a unit, as drafted.</summary>
    public IEnumerable<DelegationState> OfUnit(Guid unitId) =>
        baseline.OfUnit(unitId).Where(d => !changed.ContainsKey(d.Id)).Concat(changed.Values.Where(d => d.UnitId == unitId));

    /// <summary>Every delegation resting on an appointment, as drafted.</summary>
    public IEnumerable<DelegationState> RestingOn(Guid appointmentId) =>
        baseline.RestingOn(appointmentId).Where(d => !changed.ContainsKey(d.Id))
            .Concat(changed.Values.Where(d => d.DelegatorAppointmentId == appointmentId || d.DelegateAppointmentId == appointmentId));

    public Period Effective(DelegationState d, PositionsDraft positions) => DelegationPeriods.Effective(d, positions.FindAppointment, Find);
}
