using System.Globalization;
using System.Text.Json;
using Chancery.Benchmarks.Client;
using Chancery.Core.Time;
using Chancery.V1;
using Grpc.Net.Client;

namespace Chancery.Benchmarks.Commands;

/// <summary>
/// <c>subtree</c>: StreamSubtree of one unit, warm-up runs then timed runs; min/median/max to the
/// last message. <c>--decode false</c> leaves the client's decoding out (a diagnostic);
/// <c>--window N</c> sets the client's initial HTTP/2 stream window (default: .NET's).
/// </summary>
public static class SubtreeCommand
{
    public static async Task<int> RunAsync(CommandOptions options)
    {
        var request = new StreamSubtreeRequest
        {
            Id = options.Required("id"),
            AsOf = options.Text("as-of", ""),
            ChunkSize = options.Int("chunk-size", 0),
        };
        var handler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true };
        if (options.Int("window", 0) is > 0 and var window)
        {
            handler.InitialHttp2StreamWindowSize = window;
        }

        using var channel = GrpcChannel.ForAddress(options.Text("address", "http://127.0.0.1:5200"), new GrpcChannelOptions
        {
            MaxReceiveMessageSize = 64 * 1024 * 1024,
            HttpHandler = handler,
        });
        var timer = new SubtreeTimer(channel, options.Text("token"), decode: options.Text("decode", "true") != "false");
        for (var i = 0; i < options.Int("warmup", 2); i++)
        {
            await timer.RunAsync(request, CancellationToken.None);
        }

        var runs = new List<SubtreeRun>();
        for (var i = 0; i < options.Int("runs", 10); i++)
        {
            runs.Add(await timer.RunAsync(request, CancellationToken.None));
        }

        var seconds = runs.Select(r => r.Seconds).Order().ToList();
        var summary = new
        {
            id = request.Id,
            as_of = request.AsOf.Length > 0 ? request.AsOf : IsoDate.Format(CommandOptions.Today()),
            units = runs[0].Units,
            messages = runs[0].Messages,
            bytes = runs[0].Bytes,
            runs = runs.Count,
            min_s = seconds[0],
            median_s = Median(seconds),
            max_s = seconds[^1],
            seconds = runs.Select(r => r.Seconds).ToArray(),
            seconds_to_end = runs.Select(r => r.SecondsToEnd).ToArray(),
        };
        var json = JsonSerializer.Serialize(summary);
        if (options.Text("json") is { } path)
        {
            File.WriteAllText(path, json);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"StreamSubtree {request.Id} as of {summary.as_of}: {summary.units} units in {summary.messages} messages ({summary.bytes / 1e6:F1} MB); " +
            $"to the last message min {summary.min_s * 1000:F1} ms, median {summary.median_s * 1000:F1} ms, max {summary.max_s * 1000:F1} ms ({runs.Count} runs)"));
        return 0;
    }

    public static double Median(IReadOnlyList<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}
