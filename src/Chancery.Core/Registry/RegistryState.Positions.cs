using Chancery.Core.Positions;
using Chancery.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chancery.Core.Registry;

/// <summary>What one commit changed, for the read model of the process that made it.</summary>
internal sealed record CommittedChange(
    IReadOnlyCollection<Units.UnitState> Units, bool AccessChanged, IReadOnlyList<Reorganizations.LineageEvent> Lineage,
    IReadOnlyCollection<PositionState> Positions, IReadOnlyCollection<AppointmentState> Appointments, IReadOnlyCollection<OfficialState> Officials);

/// <summary>Positions, appointments and officials in the read model: loaded whole at start, then by the ids the change log names.</summary>
public sealed partial class RegistryState
{
    private static async Task<PositionsSnapshot> LoadPositionsAsync(ChanceryDbContext db, CancellationToken cancellationToken) =>
        PositionsSnapshot.Build(
            (await db.Positions.AsNoTracking().ToListAsync(cancellationToken)).Select(PositionStorage.ToState),
            (await db.Appointments.AsNoTracking().ToListAsync(cancellationToken)).Select(PositionStorage.ToState),
            (await db.Officials.AsNoTracking().ToListAsync(cancellationToken)).Select(PositionStorage.ToState));

    private static async Task<PositionsSnapshot> CatchUpPositionsAsync(
        ChanceryDbContext db, PositionsSnapshot snapshot, List<(string Kind, string Id)> changed, CancellationToken cancellationToken)
    {
        HashSet<Guid> Ids(string kind) => changed.Where(e => e.Kind == kind && Guid.TryParse(e.Id, out _)).Select(e => Guid.Parse(e.Id)).ToHashSet();
        var positionIds = Ids(ChangedEntities.Position);
        var appointmentIds = Ids(ChangedEntities.Appointment);
        var officialIds = Ids(ChangedEntities.Official);
        if (positionIds.Count + appointmentIds.Count + officialIds.Count == 0)
        {
            return snapshot;
        }

        if (positionIds.Count + appointmentIds.Count + officialIds.Count > IncrementalLimit)
        {
            return await LoadPositionsAsync(db, cancellationToken);
        }

        return snapshot.With(
            (await db.Positions.AsNoTracking().Where(p => positionIds.Contains(p.Id)).ToListAsync(cancellationToken)).Select(PositionStorage.ToState).ToList(),
            (await db.Appointments.AsNoTracking().Where(a => appointmentIds.Contains(a.Id)).ToListAsync(cancellationToken)).Select(PositionStorage.ToState).ToList(),
            (await db.Officials.AsNoTracking().Where(o => officialIds.Contains(o.Id)).ToListAsync(cancellationToken)).Select(PositionStorage.ToState).ToList());
    }
}
