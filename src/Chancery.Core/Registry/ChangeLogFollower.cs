using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Chancery.Core.Registry;

/// <summary>Section <c>Chancery:ChangeLog</c>.</summary>
public sealed class ChangeLogFollowerOptions
{
    public const string Section = "Chancery:ChangeLog";

    /// <summary>How often to look for changes committed by other replicas; zero turns it off.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
}

/// <summary>
/// Keeps the read model current with what other replicas sharing the database commit, by
/// replaying the change log. (This process's own writes update the read model directly.)
/// </summary>
internal sealed partial class ChangeLogFollower(RegistryState state, IOptions<ChangeLogFollowerOptions> options, TimeProvider time, ILogger<ChangeLogFollower> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.PollInterval;
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (state.IsLoaded)
                {
                    await state.CatchUpAsync(stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not replay the change log; trying again at the next tick")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
