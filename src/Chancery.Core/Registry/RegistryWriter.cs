using Chancery.Core.Audit;
using Chancery.Core.Errors;
using Chancery.Core.Units;
using Chancery.Core.Storage;
using Chancery.Core.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Chancery.Core.Registry;

/// <summary>
/// The one way to change the registry. A command runs inside a transaction, on a draft over the
/// read model at the head of the change log; if it breaks no rule, the change, its audit entries
/// (hash-chained) and its change-log entry are stored in that one transaction and the read model
/// moves on. When another replica took the same change-log number first, the command runs again
/// on the new state, where a stale version or a broken rule then refuses it.
/// </summary>
public sealed partial class RegistryWriter(
    IServiceScopeFactory scopes, ChanceryDatabase database, RegistryState state, RegistryClock clock, ILogger<RegistryWriter> logger)
{
    private const int MaxAttempts = 5;

    public Task<T> WriteAsync<T>(WriteRequest request, Func<WriteContext, T> command, CancellationToken cancellationToken) =>
        WriteAsync(request, (context, _) => Task.FromResult(command(context)), cancellationToken);

    public async Task<T> WriteAsync<T>(WriteRequest request, Func<WriteContext, CancellationToken, Task<T>> command, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        UnitInput.Reason(request.Reason, errors);
        errors.ThrowIfAny();

        await state.Gate.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 1; attempt <= MaxAttempts; attempt++)
            {
                await state.CatchUpLockedAsync(cancellationToken);
                var (done, result) = await AttemptAsync(request, command, cancellationToken);
                if (done)
                {
                    return result;
                }

                LogConflict(logger, request.Operation, state.Current.Sequence + 1, attempt);
            }

            throw new ContentionException($"{request.Operation}: other writers kept changing the registry; try again.");
        }
        finally
        {
            state.Gate.Release();
        }
    }

    private async Task<(bool Done, T Result)> AttemptAsync<T>(WriteRequest request, Func<WriteContext, CancellationToken, Task<T>> command, CancellationToken cancellationToken)
    {
        var snapshot = state.Current;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChanceryDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var context = new WriteContext(snapshot, clock.Today, request, db, scope.ServiceProvider);
        var result = await command(context, cancellationToken);
        var units = context.ChangedUnits();
        var staff = StaffChanges.Of(context);
        if (units.Count == 0 && staff.IsEmpty && context.AuditRecords.Count == 0)
        {
            return (true, result);
        }

        var sequence = snapshot.Sequence + 1;
        try
        {
            if (!await StageUnitsAsync(db, context, units, cancellationToken) || !await staff.StageAsync(db, cancellationToken))
            {
                return (false, result);
            }

            await StageLineageAsync(db, context.NewLineage, cancellationToken);

            var now = Truncate(clock.UtcNow);
            var records = units
                .Select(u => new AuditRecord(ChangedEntities.Unit, u.IdText, AuditJson.Unit(context.Hierarchy.Original(u.Id)), AuditJson.Unit(u)))
                .Concat(staff.AuditRecords())
                .Concat(context.AuditRecords);
            await AppendAuditAsync(db, context, records, sequence, now, cancellationToken);
            db.ChangeLog.Add(new ChangeLogEntry
            {
                Sequence = sequence,
                RecordedAt = now,
                Operation = request.Operation,
                Entities = ChangedEntities.Format(units.Select(u => (ChangedEntities.Unit, u.IdText)).Concat(staff.Entities()).Concat(context.Touched)),
            });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (false, result);
        }
        catch (DbUpdateException) when (!cancellationToken.IsCancellationRequested)
        {
            if (await SequenceTakenAsync(sequence, cancellationToken))
            {
                return (false, result);
            }

            throw;
        }

        await state.PublishAsync(sequence, new CommittedChange(units, context.AccessChanged, context.NewLineage, staff.Positions, staff.Appointments, staff.Officials), cancellationToken);
        return (true, result);
    }

    /// <summary>Stores the drafted state of the changed units; false if another writer changed one of them first.</summary>
    private static async Task<bool> StageUnitsAsync(ChanceryDbContext db, WriteContext context, IReadOnlyList<UnitState> changed, CancellationToken cancellationToken)
    {
        var created = new List<Unit>();
        var existing = new List<(UnitState Original, UnitState Drafted)>();
        foreach (var unit in changed)
        {
            if (context.Hierarchy.Original(unit.Id) is { } original)
            {
                existing.Add((original, unit));
            }
            else
            {
                created.Add(UnitStorage.ToNew(unit));
            }
        }

        // Neither new nor existing units go through the change tracker (a plan or an import may
        // change 100,000 of them): new ones by multi-row INSERTs, the units and then their versions;
        // then the existing ones, whose versions may name new units as parents, row by row on
        // SQLite (elsewhere tracked, in SaveChanges).
        await BulkInsert.InsertAsync(db, created, cancellationToken);
        await BulkInsert.InsertAsync(db, created.SelectMany(u => u.Versions).ToList(), cancellationToken);
        return db.Database.IsSqlite()
            ? await UnitRows.StoreAsync(db, existing, cancellationToken)
            : await UnitRows.TrackAsync(db, existing, cancellationToken);
    }

    /// <summary>The lineage events of the change and their links, by multi-row INSERTs (a plan records one event per operation).</summary>
    private static async Task StageLineageAsync(ChanceryDbContext db, IReadOnlyList<Reorganizations.LineageEvent> events, CancellationToken cancellationToken)
    {
        await BulkInsert.InsertAsync(db, events, cancellationToken);
        var links = new List<Reorganizations.LineageLink>();
        foreach (var e in events)
        {
            foreach (var link in e.Links)
            {
                link.EventId = e.Id;
                links.Add(link);
            }
        }

        await BulkInsert.InsertAsync(db, links, cancellationToken);
    }

    /// <summary>One hash-chained entry per changed entity, numbered after the last stored entry.</summary>
    private static async Task AppendAuditAsync(ChanceryDbContext db, WriteContext context, IEnumerable<AuditRecord> records, long changeSequence, DateTime now, CancellationToken cancellationToken)
    {
        var last = await db.AuditEntries.OrderByDescending(e => e.Sequence).Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(cancellationToken);
        var sequence = last?.Sequence ?? 0;
        var previous = last?.Hash ?? AuditChain.Genesis;
        var actor = context.Actor;
        var entries = new List<AuditEntry>();
        foreach (var record in records)
        {
            var entry = new AuditEntry
            {
                Sequence = ++sequence,
                ChangeSequence = changeSequence,
                RecordedAt = now,
                ActorKind = actor.Kind.ToString().ToLowerInvariant(),
                ActorId = actor.PrincipalId,
                ActorName = actor.Name,
                ClientId = actor.ClientId,
                Operation = context.Operation,
                EntityKind = record.EntityKind,
                EntityId = record.EntityId,
                Before = record.Before,
                After = record.After,
                Reason = context.Request.Reason is { Length: > 0 } reason ? reason : null,
                PreviousHash = previous,
                Hash = "",
            };
            entry.Hash = AuditChain.Compute(entry);
            previous = entry.Hash;
            entries.Add(entry);
        }

        await BulkInsert.InsertAsync(db, entries, cancellationToken);
    }

    /// <summary>Whole microseconds: what every provider stores exactly, so the hashes verify after a round trip.</summary>
    private static DateTime Truncate(DateTime utc) => new(utc.Ticks - utc.Ticks % 10, DateTimeKind.Utc);

    private async Task<bool> SequenceTakenAsync(long sequence, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        return await db.ChangeLog.AnyAsync(e => e.Sequence == sequence, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Operation}: change-log entry {Sequence} was taken by another writer (attempt {Attempt}); running again on the new state")]
    private static partial void LogConflict(ILogger logger, string operation, long sequence, int attempt);
}
