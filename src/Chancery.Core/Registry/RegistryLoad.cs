using System.Diagnostics;
using Chancery.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Chancery.Core.Registry;

/// <summary>
/// Reads every part's slice at start. The parts are read side by side, each on a connection of its
/// own in a snapshot transaction (<see cref="SnapshotRead"/>), so that a start costs about its
/// largest part rather than their sum. The snapshots are one state when each of them sees the same
/// change-log head: every registry write commits its rows with the next sequence (dense, taken in
/// order), so equal heads mean no registry write committed between them. When a write did, the
/// read is tried again, and after a few tries the parts are read one after another on one
/// connection, as before.
/// </summary>
internal static partial class RegistryLoad
{
    private const int Tries = 3;

    public static async Task<(long Head, object[] Slices, string Times)> ReadAsync(ChanceryDatabase database, ILogger logger, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= Tries; attempt++)
        {
            if (await ReadSideBySideAsync(database, cancellationToken) is { } read)
            {
                return read;
            }

            LogMoved(logger, attempt);
        }

        return await ReadInTurnAsync(database, cancellationToken);
    }

    private static async Task<(long, object[], string)?> ReadSideBySideAsync(ChanceryDatabase database, CancellationToken cancellationToken)
    {
        var parts = RegistryParts.All;
        var contexts = new ChanceryDbContext[parts.Count];
        var reads = new IAsyncDisposable[parts.Count];
        try
        {
            long? head = null;
            for (var i = 0; i < parts.Count; i++)
            {
                contexts[i] = database.CreateContext();
                reads[i] = await SnapshotRead.BeginAsync(contexts[i], database.Provider, cancellationToken);
                var seen = await HeadAsync(contexts[i], cancellationToken);
                if (head is { } first && first != seen)
                {
                    return null;
                }

                head = seen;
            }

            var times = new long[parts.Count];
            var loads = new Task<object>[parts.Count];
            for (var i = 0; i < parts.Count; i++)
            {
                var index = i;
                loads[i] = Task.Run(() => TimedAsync(parts[index], contexts[index], times, index, cancellationToken), cancellationToken);
            }

            var slices = await Task.WhenAll(loads);
            return (head ?? 0, slices, Describe(times));
        }
        finally
        {
            for (var i = parts.Count - 1; i >= 0; i--)
            {
                if (reads[i] is { } read)
                {
                    await read.DisposeAsync();
                }

                if (contexts[i] is { } db)
                {
                    await db.DisposeAsync();
                }
            }
        }
    }

    private static async Task<(long, object[], string)> ReadInTurnAsync(ChanceryDatabase database, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        await using var read = await SnapshotRead.BeginAsync(db, database.Provider, cancellationToken);
        var head = await HeadAsync(db, cancellationToken);
        var times = new long[RegistryParts.All.Count];
        var slices = new object[times.Length];
        for (var i = 0; i < slices.Length; i++)
        {
            slices[i] = await TimedAsync(RegistryParts.All[i], db, times, i, cancellationToken);
        }

        return (head, slices, Describe(times));
    }

    private static async Task<long> HeadAsync(ChanceryDbContext db, CancellationToken cancellationToken) =>
        await db.ChangeLog.MaxAsync(e => (long?)e.Sequence, cancellationToken) ?? 0;

    private static async Task<object> TimedAsync(IRegistryPart part, ChanceryDbContext db, long[] times, int index, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var slice = await part.LoadAsync(db, cancellationToken);
        times[index] = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        return slice;
    }

    private static string Describe(long[] times) =>
        string.Join(", ", RegistryParts.All.Select((p, i) => $"{p.GetType().Name.Replace("Part", "", StringComparison.Ordinal)} {times[i]} ms"));

    [LoggerMessage(Level = LogLevel.Information, Message = "A write committed while the read model's parts were being read (attempt {Attempt}); reading again")]
    private static partial void LogMoved(ILogger logger, int attempt);
}
