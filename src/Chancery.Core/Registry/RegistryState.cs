using Chancery.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Chancery.Core.Registry;

/// <summary>
/// Holds the current <see cref="RegistrySnapshot"/>. Built from the database at start, then kept
/// current by the writer of this process (after each commit) and by replaying the change log for
/// changes that other replicas committed. Both take <see cref="Gate"/>. Each slice is loaded and
/// caught up by its registry part.
/// </summary>
public sealed partial class RegistryState(ChanceryDatabase database, ILogger<RegistryState> logger)
{
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
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var (head, slices, times) = await RegistryLoad.ReadAsync(database, logger, cancellationToken);
            current = RegistrySnapshot.Of(head, slices);
            IsLoaded = true;
            LogLoaded(logger, head, (long)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds, times);
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

        var changed = new ChangeSet(entries.SelectMany(e => ChangedEntities.Parse(e.Entities)).ToList());
        var slices = new object[RegistryParts.All.Count];
        for (var i = 0; i < slices.Length; i++)
        {
            slices[i] = await RegistryParts.All[i].CatchUpAsync(db, snapshot.SliceAt(i), changed, cancellationToken);
        }

        var head = entries[^1].Sequence;
        current = RegistrySnapshot.Of(head, slices);
        LogCaughtUp(logger, entries.Count, head);
    }

    /// <summary>After a commit by this process's writer, which holds <see cref="Gate"/>: each part publishes its slice.</summary>
    internal async Task PublishAsync(long sequence, IReadOnlyList<PartChange?> changes, ChangeSet committed, CancellationToken cancellationToken)
    {
        var snapshot = current;
        var slices = new object[RegistryParts.All.Count];
        for (var i = 0; i < slices.Length; i++)
        {
            slices[i] = await RegistryParts.All[i].PublishAsync(database, snapshot.SliceAt(i), changes[i], committed, cancellationToken);
        }

        current = RegistrySnapshot.Of(sequence, slices);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Read model built, change log at {Sequence}, in {Milliseconds} ms ({PartTimes})")]
    private static partial void LogLoaded(ILogger logger, long sequence, long milliseconds, string partTimes);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Read model caught up {Entries} change-log entries, now at {Sequence}")]
    private static partial void LogCaughtUp(ILogger logger, int entries, long sequence);
}
