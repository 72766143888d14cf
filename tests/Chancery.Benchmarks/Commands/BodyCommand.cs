using System.Buffers.Binary;
using Chancery.V1;
using Google.Protobuf;

namespace Chancery.Benchmarks.Commands;

/// <summary>
/// <c>body</c>: a gRPC request body for <c>h2load -d</c>: one byte 0 (not compressed), the
/// message's length as 4 bytes big-endian, then the message. <c>--health</c> gives the empty
/// <c>grpc.health.v1.HealthCheckRequest</c>.
/// </summary>
public static class BodyCommand
{
    public static int Run(CommandOptions options)
    {
        var message = options.Flag("health")
            ? []
            : new GetUnitRequest { Id = options.Required("id"), AsOf = options.Text("as-of", "") }.ToByteArray();
        var body = new byte[5 + message.Length];
        BinaryPrimitives.WriteUInt32BigEndian(body.AsSpan(1), (uint)message.Length);
        message.CopyTo(body, 5);
        File.WriteAllBytes(options.Required("out"), body);
        return 0;
    }
}
