using System.Runtime;
using Microsoft.Extensions.Options;

namespace Chancery.Server.Memory;

/// <summary>
/// Gives back the memory of a burst. Large messages (a plan of tens of megabytes, or hostile ones
/// up to a service's limit) land in the large-object and pinned heaps and in Kestrel's block pool,
/// which .NET 10 evicts when idle; but what they leave is only freed by a full collection, which a
/// quiet server (or one serving small reads, which need only gen0 collections) does not make, so
/// the process kept its peak. Every <see cref="MemoryTrimOptions.Period"/>: when at least
/// <see cref="MemoryTrimOptions.BurstBytes"/> were allocated since the last trim, the last period
/// was quiet (under <see cref="MemoryTrimOptions.IdleBytes"/> allocated) and the collector holds
/// more than <see cref="MemoryTrimOptions.SlackBytes"/> beyond what the last trim left, one
/// aggressive full collection compacts the heaps and decommits what they no longer use (and two
/// follow-ups, for what Kestrel's pool evicts later). A steady load never triggers it.
/// </summary>
public sealed partial class MemoryTrimmer(IOptions<MemoryTrimOptions> options, ILogger<MemoryTrimmer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.Period <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(settings.Period);
        var (trimmedAt, previous) = (GC.GetTotalAllocatedBytes(), GC.GetTotalAllocatedBytes());
        var committedAfterTrim = GC.GetGCMemoryInfo().TotalCommittedBytes;
        var (followUps, ticksSinceTrim) = (0, 0);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var allocated = GC.GetTotalAllocatedBytes();
            var committed = GC.GetGCMemoryInfo().TotalCommittedBytes;
            var quiet = allocated - previous < settings.IdleBytes;
            previous = allocated;
            ticksSinceTrim++;
            var burst = allocated - trimmedAt >= settings.BurstBytes && committed - committedAfterTrim >= settings.SlackBytes;

            // Kestrel evicts its idle blocks a part at a time: two more collections, three periods
            // apart, give back what it let go of after the first.
            var followUp = followUps > 0 && ticksSinceTrim >= 3;
            if (!quiet || !(burst || followUp))
            {
                continue;
            }

            (followUps, ticksSinceTrim) = (burst ? 2 : followUps - 1, 0);

            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            (trimmedAt, previous) = (GC.GetTotalAllocatedBytes(), GC.GetTotalAllocatedBytes());
            committedAfterTrim = GC.GetGCMemoryInfo().TotalCommittedBytes;
            LogTrimmed(logger, committed / (1024 * 1024), committedAfterTrim / (1024 * 1024));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Memory trimmed after a burst: the collector held {Before} MiB, now {After} MiB")]
    private static partial void LogTrimmed(ILogger logger, long before, long after);
}

/// <summary>Chancery:Memory:Trim; a Period of 0 turns the trimming off.</summary>
public sealed class MemoryTrimOptions
{
    public const string Section = "Chancery:Memory:Trim";

    public TimeSpan Period { get; set; } = TimeSpan.FromSeconds(10);

    public long BurstBytes { get; set; } = 256L * 1024 * 1024;

    public long IdleBytes { get; set; } = 32L * 1024 * 1024;

    public long SlackBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>One aggressive collection once the read model is built, before the server listens (<see cref="StartCompaction"/>).</summary>
    public bool CompactAfterStart { get; set; } = true;
}
