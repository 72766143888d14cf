using System.Collections.Concurrent;
using System.Reflection;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Chancery.V1;
using Grpc.Core;

namespace Chancery.Benchmarks.Memory;

/// <summary>
/// Hostile traffic to every chancery.v1 RPC: messages with random text in their string fields,
/// mutated messages, raw bytes, and every <c>largeEvery</c>-th message a raw body of 30–50 MB
/// (the sizes of issue 9's fuzz), from several clients at once; statuses counted. With
/// <c>plans</c>, the large messages are instead well-formed plans of some 30 and 48 MB to
/// DryRunPlan under <c>rootId</c> (what a legitimate caller may send, and the most it costs).
/// </summary>
public sealed class FuzzTraffic(int seed, int largeEvery, int largeMinMb, int largeMaxMb, string? rootId = null)
{
    private readonly Lazy<byte[][]> plans = new(() => [Plan(rootId!, 23_000), Plan(rootId!, 37_000)]);

    private static readonly Marshaller<byte[]> Bytes = Marshallers.Create(b => b, b => b);

    private static readonly IReadOnlyList<MethodDescriptor> Methods = typeof(V1.Units).Assembly.GetTypes()
        .Where(t => t.Name.EndsWith("Reflection", StringComparison.Ordinal))
        .Select(t => t.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)?.GetValue(null))
        .OfType<FileDescriptor>().Where(f => f.Package == "chancery.v1")
        .SelectMany(f => f.Services).SelectMany(s => s.Methods).OrderBy(m => m.FullName, StringComparer.Ordinal).ToList();

    public ConcurrentDictionary<StatusCode, int> Statuses { get; } = new();

    /// <summary>The first answers of each code other than the expected ones, with their method and size.</summary>
    public ConcurrentQueue<string> Examples { get; } = new();

    public long BytesSent => bytesSent;

    private long bytesSent;

    public async Task SendAsync(CallInvoker invoker, int messages, int clients, CancellationToken cancellationToken)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < messages)
            {
                var random = new Random(seed + i);
                var method = Methods[random.Next(Methods.Count)];
                var body = Message(random, method, i);
                if (rootId is not null && largeEvery > 0 && i % largeEvery == largeEvery - 1)
                {
                    (method, body) = (Methods.Single(m => m.Name == "DryRunPlan"), plans.Value[random.Next(2)]);
                }

                Interlocked.Add(ref bytesSent, body.Length);
                var code = await CallAsync(invoker, method, body, cancellationToken);
                Statuses.AddOrUpdate(code, 1, (_, n) => n + 1);
            }
        }, cancellationToken)));
    }

    private byte[] Message(Random random, MethodDescriptor method, int index)
    {
        if (largeEvery > 0 && index % largeEvery == largeEvery - 1)
        {
            var large = new byte[random.Next(largeMinMb, largeMaxMb + 1) * 1024 * 1024];
            random.NextBytes(large.AsSpan(0, Math.Min(large.Length, 4096)));
            return large;
        }

        var message = (IMessage)Activator.CreateInstance(method.InputType.ClrType)!;
        foreach (var field in method.InputType.Fields.InFieldNumberOrder().Where(f => f.FieldType == FieldType.String && !f.IsRepeated && random.Next(3) > 0))
        {
            field.Accessor.SetValue(message, Text(random));
        }

        var bytes = message.ToByteArray();
        switch (random.Next(4))
        {
            case 0:
                var raw = new byte[random.Next(0, 300)];
                random.NextBytes(raw);
                return raw;
            case 1 when bytes.Length > 0:
                bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                return bytes;
            default:
                return bytes;
        }
    }

    private static byte[] Plan(string parentId, int operations)
    {
        var plan = new Plan
        {
            Id = $"memory-fuzz-{operations}", EffectiveDate = "2025-07-01",
            Basis = new Basis { Number = "01/2025/BENCH", Date = "2025-06-12", Issuer = "Chancery benchmarks", Title = "Kế hoạch thử bộ nhớ" },
        };
        var (name, shortName) = (new string('Ệ', 280), new string('Ệ', 100));
        for (var i = 0; i < operations; i++)
        {
            plan.Operations.Add(new Operation
            {
                Label = $"op {i}",
                Establish = new EstablishOperation { Unit = new NewUnit { Ref = $"u{i}", Name = $"Phòng {i:00000} {name}", ShortName = shortName, Kind = UnitKind.Division, Parent = new UnitRef { Id = parentId } } },
            });
        }

        return new DryRunPlanRequest { Plan = plan }.ToByteArray();
    }

    private static string Text(Random random) => random.Next(5) switch
    {
        0 => "",
        1 => new string((char)random.Next(0x20, 0x2000), random.Next(1, 20_000)),
        2 => "a\u0000b\u001b[31m\u202E",
        3 => Guid.NewGuid().ToString(),
        _ => "2025-07-01",
    };

    private async Task<StatusCode> CallAsync(CallInvoker invoker, MethodDescriptor method, byte[] body, CancellationToken cancellationToken)
    {
        var options = new CallOptions(deadline: DateTime.UtcNow.AddSeconds(120), cancellationToken: cancellationToken);
        try
        {
            if (method.IsClientStreaming)
            {
                using var call = invoker.AsyncClientStreamingCall(new Method<byte[], byte[]>(MethodType.ClientStreaming, method.Service.FullName, method.Name, Bytes, Bytes), null, options);
                try
                {
                    await call.RequestStream.WriteAsync(body, cancellationToken);
                    await call.RequestStream.CompleteAsync();
                }
                catch (Exception ex) when (ex is InvalidOperationException or IOException)
                {
                }

                await call.ResponseAsync;
            }
            else if (method.IsServerStreaming)
            {
                using var call = invoker.AsyncServerStreamingCall(new Method<byte[], byte[]>(MethodType.ServerStreaming, method.Service.FullName, method.Name, Bytes, Bytes), null, options, body);
                while (await call.ResponseStream.MoveNext(cancellationToken))
                {
                }
            }
            else
            {
                using var call = invoker.AsyncUnaryCall(new Method<byte[], byte[]>(MethodType.Unary, method.Service.FullName, method.Name, Bytes, Bytes), null, options, body);
                await call.ResponseAsync;
            }

            return StatusCode.OK;
        }
        catch (RpcException ex)
        {
            if (ex.StatusCode is StatusCode.Unavailable or StatusCode.Internal or StatusCode.Unknown && Examples.Count < 12)
            {
                Examples.Enqueue($"{method.FullName} ({body.Length} bytes): {ex.StatusCode} {ex.Status.Detail} {ex.Status.DebugException?.Message}");
            }

            return ex.StatusCode;
        }
    }
}
