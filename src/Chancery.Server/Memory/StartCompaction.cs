using System.Runtime;
using Microsoft.Extensions.Options;

namespace Chancery.Server.Memory;

/// <summary>
/// Once, after the read model is built and before the server listens: one aggressive, compacting
/// full collection. Building the snapshot leaves hundreds of megabytes of garbage behind (rows read,
/// lists grouped and sorted) in the older generations and the large-object heap; a server that then
/// serves small reads collects only gen0, so without this it kept that garbage resident until
/// <see cref="MemoryTrimmer"/> found a quiet period. Off with
/// <c>Chancery:Memory:Trim:CompactAfterStart=false</c> (the in-process test hosts, which share one heap).
/// </summary>
public sealed partial class StartCompaction(IOptions<MemoryTrimOptions> options, ILogger<StartCompaction> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.CompactAfterStart)
        {
            var before = GC.GetGCMemoryInfo().TotalCommittedBytes;
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            LogCompacted(logger, before / (1024 * 1024), GC.GetGCMemoryInfo().TotalCommittedBytes / (1024 * 1024));
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Memory compacted after start: the collector held {Before} MiB, now {After} MiB")]
    private static partial void LogCompacted(ILogger logger, long before, long after);
}
