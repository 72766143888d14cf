using System.Diagnostics;
using Chancery.V1;
using Grpc.Core;
using Grpc.Net.Client;

namespace Chancery.Benchmarks.Client;

/// <summary>One timed StreamSubtree call: from the call to its last message, with what it carried.</summary>
public sealed record SubtreeRun(double Seconds, double SecondsToEnd, int Units, int Messages, long Bytes);

/// <summary>
/// Calls StreamSubtree over one channel (kept open between runs, as a client would) and times each
/// call. It decodes every message, as any client does; with <c>decode: false</c> it only counts the
/// bytes of each message, which leaves the client's decoding out of the time (a diagnostic).
/// </summary>
public sealed class SubtreeTimer(GrpcChannel channel, string? token, bool decode = true)
{
    private static readonly Method<StreamSubtreeRequest, byte[]> RawMethod = new(
        MethodType.ServerStreaming, Units.Descriptor.FullName, "StreamSubtree",
        Marshallers.Create(r => Google.Protobuf.MessageExtensions.ToByteArray(r), StreamSubtreeRequest.Parser.ParseFrom),
        Marshallers.Create(b => b, b => b));

    private readonly Units.UnitsClient client = new(channel);
    private readonly CallInvoker invoker = channel.CreateCallInvoker();
    private readonly Metadata headers = token is null ? [] : new Metadata { { "authorization", $"Bearer {token}" } };

    public async Task<SubtreeRun> RunAsync(StreamSubtreeRequest request, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var (units, messages, bytes, last) = decode
            ? await DecodedAsync(request, cancellationToken)
            : await RawAsync(request, cancellationToken);
        return new SubtreeRun(last.TotalSeconds, clock.Elapsed.TotalSeconds, units, messages, bytes);

        async Task<(int, int, long, TimeSpan)> DecodedAsync(StreamSubtreeRequest request, CancellationToken cancellationToken)
        {
            var (count, messageCount, size, at) = (0, 0, 0L, TimeSpan.Zero);
            using var call = client.StreamSubtree(request, headers, cancellationToken: cancellationToken);
            await foreach (var message in call.ResponseStream.ReadAllAsync(cancellationToken))
            {
                (count, messageCount, size, at) = (count + message.Units.Count, messageCount + 1, size + message.CalculateSize(), clock.Elapsed);
            }

            ThrowIfFailed(call.GetStatus());
            return (count, messageCount, size, at);
        }

        async Task<(int, int, long, TimeSpan)> RawAsync(StreamSubtreeRequest request, CancellationToken cancellationToken)
        {
            var (messageCount, size, at) = (0, 0L, TimeSpan.Zero);
            using var call = invoker.AsyncServerStreamingCall(RawMethod, null, new CallOptions(headers, cancellationToken: cancellationToken), request);
            await foreach (var message in call.ResponseStream.ReadAllAsync(cancellationToken))
            {
                (messageCount, size, at) = (messageCount + 1, size + message.Length, clock.Elapsed);
            }

            ThrowIfFailed(call.GetStatus());
            return (-1, messageCount, size, at);
        }
    }

    private static void ThrowIfFailed(Status status)
    {
        if (status.StatusCode != StatusCode.OK)
        {
            throw new RpcException(status);
        }
    }
}
