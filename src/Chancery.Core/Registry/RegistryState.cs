using Chancery.Core.Access;
using Chancery.Core.Units;
using Chancery.Core.Reorganizations;
using Chancery.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Chancery.Core.Registry;

/// <summary>
/// Holds the current <see cref="RegistrySnapshot"/>. Built from the database at start, then kept
/// current by the writer of this process (after each commit) and by replaying the change log for
/// changes that other replicas committed. Both take <see cref="Gate"/>.
/// </summary>
public sealed partial class RegistryState(ChanceryDatabase database, ILogger<RegistryState> logger)
{
    /// <summary>Above this many changed units a catch-up rebuilds everything instead.</summary>
    private const int IncrementalLimit = 20_000;

    private volatile RegistrySnapshot current = RegistrySnapshot.Empty;

    public RegistrySnapshot Current => current;

    public bool IsLoaded { get; private set; }

    /// <summary>Serializes the writers and the follower of this process.</summary>
    internal SemaphoreSlim Gate { get; } = new(1, 1);

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        await Gate.WaitAsync(cancellationToken);
        try
        {
            await using var db = database.CreateContext();
            await using var read = await SnapshotRead.BeginAsync(db, database.Provider, cancellationToken);
            var head = await db.ChangeLog.MaxAsync(e => (long?)e.Sequence, cancellationToken) ?? 0;
            var units = await LoadUnitsAsync(db, null, cancellationToken);
            var access = await LoadAccessAsync(db, cancellationToken);
            var lineage = await LoadLineageAsync(db, cancellationToken);
            var positions = await LoadPositionsAsync(db, cancellationToken);
            current = new RegistrySnapshot(head, UnitsSnapshot.Build(units), access, lineage, positions);
            IsLoaded = true;
            LogLoaded(logger, units.Count, head);
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Applies what other replicas committed since the current snapshot.</summary>
    public async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        await Gate.WaitAsync(cancellationToken);
        try
        {
            await CatchUpLockedAsync(cancellationToken);
        }
        finally
        {
            Gate.Release();
        }
    }

    internal async Task CatchUpLockedAsync(CancellationToken cancellationToken)
    {
        var snapshot = current;
        await using var db = database.CreateContext();
        await using var read = await SnapshotRead.BeginAsync(db, database.Provider, cancellationToken);
        var entries = await db.ChangeLog.AsNoTracking()
            .Where(e => e.Sequence > snapshot.Sequence)
            .OrderBy(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Entities })
            .ToListAsync(cancellationToken);
        if (entries.Count == 0)
        {
            return;
        }

        var changed = entries.SelectMany(e => ChangedEntities.Parse(e.Entities)).ToList();
        var unitIds = changed
            .Where(e => e.Kind == ChangedEntities.Unit && Guid.TryParse(e.Id, out _))
            .Select(e => Guid.Parse(e.Id))
            .ToHashSet();
        var head = entries[^1].Sequence;
        var hierarchy = unitIds.Count switch
        {
            0 => snapshot.Hierarchy,
            > IncrementalLimit => UnitsSnapshot.Build(await LoadUnitsAsync(db, null, cancellationToken)),
            _ => snapshot.Hierarchy.With(await LoadUnitsAsync(db, unitIds, cancellationToken)),
        };
        var access = changed.Any(e => ChangedEntities.IsAccess(e.Kind)) ? await LoadAccessAsync(db, cancellationToken) : snapshot.Access;
        var lineage = changed.Any(e => e.Kind == ChangedEntities.Plan) ? await LoadLineageAsync(db, cancellationToken) : snapshot.Lineage;
        var positions = await CatchUpPositionsAsync(db, snapshot.Positions, changed, cancellationToken);
        current = new RegistrySnapshot(head, hierarchy, access, lineage, positions);

        LogCaughtUp(logger, entries.Count, head);
    }

    /// <summary>After a commit by this process's writer, which holds <see cref="Gate"/>.</summary>
    internal async Task PublishAsync(long sequence, CommittedChange change, CancellationToken cancellationToken)
    {
        var access = current.Access;
        if (change.AccessChanged)
        {
            await using var db = database.CreateContext();
            access = await LoadAccessAsync(db, cancellationToken);
        }

        current = new RegistrySnapshot(
            sequence, current.Hierarchy.With(change.Units), access, current.Lineage.With(change.Lineage),
            current.Positions.With(change.Positions, change.Appointments, change.Officials));
    }

    private static async Task<LineageSnapshot> LoadLineageAsync(ChanceryDbContext db, CancellationToken cancellationToken) =>
        LineageSnapshot.Build(await db.LineageEvents.AsNoTracking().Include(e => e.Links).AsSplitQuery().ToListAsync(cancellationToken));

    private static async Task<AccessSnapshot> LoadAccessAsync(ChanceryDbContext db, CancellationToken cancellationToken) =>
        AccessSnapshot.Build(
            await db.Users.AsNoTracking().ToListAsync(cancellationToken),
            await db.RoleGrants.AsNoTracking().Where(g => g.RevokedAt == null).ToListAsync(cancellationToken));

    private static async Task<List<UnitState>> LoadUnitsAsync(ChanceryDbContext db, IReadOnlyCollection<Guid>? ids, CancellationToken cancellationToken)
    {
        var units = db.Units.AsNoTracking();
        var versions = db.UnitVersions.AsNoTracking();
        if (ids is not null)
        {
            units = units.Where(u => ids.Contains(u.Id));
            versions = versions.Where(v => ids.Contains(v.UnitId));
        }

        var heads = await units.Select(u => new { u.Id, u.Version }).ToListAsync(cancellationToken);
        var rows = await versions.ToListAsync(cancellationToken);
        var byUnit = rows.ToLookup(v => v.UnitId);
        return heads
            .Select(u => UnitStorage.ToState(new Unit { Id = u.Id, Version = u.Version, Versions = byUnit[u.Id].ToList() }))
            .ToList();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Read model built: {Units} units, change log at {Sequence}")]
    private static partial void LogLoaded(ILogger logger, int units, long sequence);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Read model caught up {Entries} change-log entries, now at {Sequence}")]
    private static partial void LogCaughtUp(ILogger logger, int entries, long sequence);
}
