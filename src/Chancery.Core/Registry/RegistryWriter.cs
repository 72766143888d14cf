using Chancery.Core.Errors;
using Chancery.Core.Hierarchy;
using Chancery.Core.Storage;
using Chancery.Core.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Chancery.Core.Registry;

/// <summary>
/// The one way to change the registry. A command runs on a draft over the read model at the
/// head of the change log; if it breaks no rule, the change and its change-log entry are stored in
/// one transaction and the read model moves on. When another replica took the same change-log
/// number first, the command runs again on the new state (where a stale version or a broken rule
/// then refuses it).
/// </summary>
public sealed partial class RegistryWriter(ChanceryDatabase database, RegistryState state, RegistryClock clock, ILogger<RegistryWriter> logger)
{
    private const int MaxAttempts = 5;

    public async Task<T> WriteAsync<T>(string operation, Func<WriteContext, T> command, CancellationToken cancellationToken)
    {
        await state.Gate.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 1; attempt <= MaxAttempts; attempt++)
            {
                await state.CatchUpLockedAsync(cancellationToken);
                var context = new WriteContext(state.Current, clock.Today, operation);
                var result = command(context);
                var changed = context.ChangedUnits();
                if (changed.Count == 0)
                {
                    return result;
                }

                var sequence = context.Snapshot.Sequence + 1;
                if (await TryCommitAsync(context, changed, sequence, cancellationToken))
                {
                    state.Publish(sequence, changed);
                    return result;
                }

                LogConflict(logger, operation, sequence, attempt);
            }

            throw new ContentionException($"{operation}: other writers kept changing the registry; try again.");
        }
        finally
        {
            state.Gate.Release();
        }
    }

    private async Task<bool> TryCommitAsync(WriteContext context, IReadOnlyList<UnitState> changed, long sequence, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = database.CreateContext();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (!await StageUnitsAsync(db, context, changed, cancellationToken))
            {
                return false;
            }

            db.ChangeLog.Add(new ChangeLogEntry
            {
                Sequence = sequence,
                RecordedAt = clock.UtcNow,
                Operation = context.Operation,
                Entities = ChangedEntities.Format(changed.Select(u => (ChangedEntities.Unit, u.Id))),
            });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
        catch (DbUpdateException) when (!cancellationToken.IsCancellationRequested)
        {
            if (await SequenceTakenAsync(sequence, cancellationToken))
            {
                return false;
            }

            throw;
        }
    }

    /// <summary>Loads the stored units and makes them hold their drafted state; false if another writer got there first.</summary>
    private static async Task<bool> StageUnitsAsync(ChanceryDbContext db, WriteContext context, IReadOnlyList<UnitState> changed, CancellationToken cancellationToken)
    {
        var ids = changed.Where(u => context.Hierarchy.Original(u.Id) is not null).Select(u => u.Id).ToList();
        var stored = new Dictionary<Guid, Unit>(ids.Count);
        foreach (var chunk in ids.Chunk(2000))
        {
            foreach (var unit in await db.Units.Include(u => u.Versions).Where(u => chunk.Contains(u.Id)).ToListAsync(cancellationToken))
            {
                stored.Add(unit.Id, unit);
            }
        }

        foreach (var unit in changed)
        {
            if (context.Hierarchy.Original(unit.Id) is not { } original)
            {
                db.Units.Add(UnitStorage.ToNew(unit));
            }
            else if (!stored.TryGetValue(unit.Id, out var row) || row.Version != original.Version)
            {
                return false;
            }
            else
            {
                UnitStorage.Apply(row, unit);
            }
        }

        return true;
    }

    private async Task<bool> SequenceTakenAsync(long sequence, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        return await db.ChangeLog.AnyAsync(e => e.Sequence == sequence, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Operation}: change-log entry {Sequence} was taken by another writer (attempt {Attempt}); running again on the new state")]
    private static partial void LogConflict(ILogger logger, string operation, long sequence, int attempt);
}
