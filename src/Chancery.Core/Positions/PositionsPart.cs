using Chancery.Core.Errors;
using Chancery.Core.Registry;
using Chancery.Core.Storage;
using Chancery.Core.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chancery.Core.Positions;

/// <summary>Positions, appointments and officials as a part of the registry: loaded whole at start, then by the ids the change log names.</summary>
public sealed class PositionsPart : RegistryPart<PositionsSnapshot, PositionsDraft>
{
    public const string PositionKind = ChangedEntities.Position;
    public const string AppointmentKind = ChangedEntities.Appointment;
    public const string OfficialKind = ChangedEntities.Official;

    /// <summary>Above this many changed entities a catch-up rebuilds the slice instead.</summary>
    private const int IncrementalLimit = 20_000;

    public override PositionsSnapshot Empty => PositionsSnapshot.Empty;

    public override void AddServices(IServiceCollection services) => services.AddSingleton<PositionCommands>();

    public override async Task<PositionsSnapshot> LoadAsync(ChanceryDbContext db, CancellationToken cancellationToken) =>
        PositionsSnapshot.Build(
            (await db.Positions.AsNoTracking().ToListAsync(cancellationToken)).Select(PositionStorage.ToState),
            (await db.Appointments.AsNoTracking().ToListAsync(cancellationToken)).Select(PositionStorage.ToState),
            (await db.Officials.AsNoTracking().ToListAsync(cancellationToken)).Select(PositionStorage.ToState));

    public override async Task<PositionsSnapshot> CatchUpAsync(ChanceryDbContext db, PositionsSnapshot slice, ChangeSet changed, CancellationToken cancellationToken)
    {
        var positionIds = changed.Ids(PositionKind);
        var appointmentIds = changed.Ids(AppointmentKind);
        var officialIds = changed.Ids(OfficialKind);
        var count = positionIds.Count + appointmentIds.Count + officialIds.Count;
        if (count == 0)
        {
            return slice;
        }

        if (count > IncrementalLimit)
        {
            return await LoadAsync(db, cancellationToken);
        }

        return slice.With(
            (await db.Positions.AsNoTracking().Where(p => positionIds.Contains(p.Id)).ToListAsync(cancellationToken)).Select(PositionStorage.ToState).ToList(),
            (await db.Appointments.AsNoTracking().Where(a => appointmentIds.Contains(a.Id)).ToListAsync(cancellationToken)).Select(PositionStorage.ToState).ToList(),
            (await db.Officials.AsNoTracking().Where(o => officialIds.Contains(o.Id)).ToListAsync(cancellationToken)).Select(PositionStorage.ToState).ToList());
    }

    public override PositionsDraft CreateDraft(PositionsSnapshot slice) => new(slice);

    /// <summary>A unit that ends with its dependants closes its positions still open then, ending their appointments.</summary>
    public override void React(WriteContext context, RegistryEffect effect)
    {
        if (effect is UnitEnded { EndDependants: true } ended)
        {
            PositionChanges.CloseAllOf(context, ended.UnitId, ended.Effective);
        }
    }

    /// <summary>The positions rules over what the change drafted, and over the positions of every unit it changed.</summary>
    public override void CheckRules(WriteContext context, RuleViolations violations)
    {
        var units = context.HasDraft<UnitsDraft>() ? context.Units.Changed.Select(u => u.Id).ToList() : [];
        if (units.Count > 0 || context.HasDraft(this))
        {
            PositionRules.Check(context.Units, context.Positions, units, violations);
        }
    }

    public override PartChange? Changes(WriteContext context)
    {
        var change = new PositionsChange(context.Positions);
        return change.IsEmpty ? null : change;
    }

    public override Task<PositionsSnapshot> PublishAsync(ChanceryDatabase database, PositionsSnapshot slice, PartChange? change, ChangeSet committed, CancellationToken cancellationToken) =>
        Task.FromResult(change is PositionsChange c ? slice.With(c.Positions, c.Appointments, c.Officials) : slice);
}
