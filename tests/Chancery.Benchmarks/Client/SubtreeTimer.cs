using System.Diagnostics;
using Chancery.V1;
using Grpc.Core;
using Grpc.Net.Client;

namespace Chancery.Benchmarks.Client;

/// <summary>One timed StreamSubtree call: from the call to its last message, with what it carried.</summary>
public sealed record SubtreeRun(double Seconds, double SecondsToEnd, int Units, int Messages, long Bytes);

/// <summary>Calls StreamSubtree over one channel (kept open between runs, as a client would) and times each call.</summary>
public sealed class SubtreeTimer(GrpcChannel channel, string? token)
{
    private readonly Metadata headers = token is null ? [] : new Metadata { { "authorization", $"Bearer {token}" } };

    private readonly Units.UnitsClient client = new(channel);

    public async Task<SubtreeRun> RunAsync(StreamSubtreeRequest request, CancellationToken cancellationToken)
    {
        var (units, messages, bytes) = (0, 0, 0L);
        var clock = Stopwatch.StartNew();
        var last = TimeSpan.Zero;
        using var call = client.StreamSubtree(request, headers, cancellationToken: cancellationToken);
        await foreach (var message in call.ResponseStream.ReadAllAsync(cancellationToken))
        {
            units += message.Units.Count;
            messages++;
            bytes += message.CalculateSize();
            last = clock.Elapsed;
        }

        var end = clock.Elapsed;
        if (call.GetStatus().StatusCode != StatusCode.OK)
        {
            throw new RpcException(call.GetStatus());
        }

        return new SubtreeRun(last.TotalSeconds, end.TotalSeconds, units, messages, bytes);
    }
}
