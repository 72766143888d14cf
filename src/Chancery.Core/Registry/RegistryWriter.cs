using Chancery.Core.Audit;
using Chancery.Core.Errors;
using Chancery.Core.Storage;
using Chancery.Core.Time;
using Chancery.Core.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Chancery.Core.Registry;

/// <summary>
/// The one way to change the registry. A command runs inside a transaction, on drafts over the
/// read model at the head of the change log; if it breaks no rule, every registry part stages what
/// the change did to it, the audit entries (hash-chained) and the change-log entry are added, all
/// in that one transaction, and the read model moves on. When another replica took the same
/// change-log number first, the command runs again on the new state, where a stale version or a
/// broken rule then refuses it. The writer knows features only as <see cref="IRegistryPart"/>s.
/// </summary>
public sealed partial class RegistryWriter(
    IServiceScopeFactory scopes, ChanceryDatabase database, RegistryState state, RegistryClock clock, ILogger<RegistryWriter> logger)
{
    private const int MaxAttempts = 5;

    public Task<T> WriteAsync<T>(WriteRequest request, Func<WriteContext, T> command, CancellationToken cancellationToken) =>
        WriteAsync(request, (context, _) => Task.FromResult(command(context)), cancellationToken);

    public async Task<T> WriteAsync<T>(WriteRequest request, Func<WriteContext, CancellationToken, Task<T>> command, CancellationToken cancellationToken)
    {
        request.Check();

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
        var changes = RegistryParts.All.Select(p => context.HasDraft(p) ? p.Changes(context) : null).ToList();
        if (changes.All(c => c is null) && context.AuditRecords.Count == 0)
        {
            return (true, result);
        }

        var sequence = snapshot.Sequence + 1;
        var entities = changes.SelectMany(c => c?.Entities() ?? []).Concat(context.Touched).ToList();
        try
        {
            foreach (var change in changes)
            {
                if (change is not null && !await change.StageAsync(db, cancellationToken))
                {
                    return (false, result);
                }
            }

            var now = Truncate(clock.UtcNow);
            var records = changes.SelectMany(c => c?.AuditRecords() ?? []).Concat(context.AuditRecords);
            await AuditAppender.AppendAsync(db, new AuditContext(sequence, now, request), records, cancellationToken);
            db.ChangeLog.Add(new ChangeLogEntry { Sequence = sequence, RecordedAt = now, Operation = request.Operation, Entities = ChangedEntities.Format(entities) });
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

        await state.PublishAsync(sequence, changes, new ChangeSet(entities), cancellationToken);
        return (true, result);
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
