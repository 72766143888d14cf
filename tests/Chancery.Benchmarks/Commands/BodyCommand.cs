using System.Buffers.Binary;
using Chancery.V1;
using Google.Protobuf;

namespace Chancery.Benchmarks.Commands;

/// <summary>
/// <c>body</c>: a gRPC request body for <c>h2load -d</c>: one byte 0 (not compressed), the
/// message's length as 4 bytes big-endian, then the message. <c>--health</c> gives the empty
/// <c>grpc.health.v1.HealthCheckRequest</c>; <c>--id</c> a <c>GetUnitRequest</c>; <c>--unit</c>
/// with <c>--rpc get-head</c> (default), <c>list-unit-positions</c> or <c>resolve-authority</c>
/// (with <c>--field</c> or <c>--document-kind</c>) the request of that RPC.
/// </summary>
public static class BodyCommand
{
    public static int Run(CommandOptions options)
    {
        var asOf = options.Text("as-of", "");
        var message = options.Flag("health") ? []
            : options.Text("unit") is { } unit ? UnitRequest(options, options.Text("rpc", "get-head"), unit, asOf)
            : new GetUnitRequest { Id = options.Required("id"), AsOf = asOf }.ToByteArray();
        var body = new byte[5 + message.Length];
        BinaryPrimitives.WriteUInt32BigEndian(body.AsSpan(1), (uint)message.Length);
        message.CopyTo(body, 5);
        File.WriteAllBytes(options.Required("out"), body);
        return 0;
    }

    private static byte[] UnitRequest(CommandOptions options, string rpc, string unit, string asOf) => rpc switch
    {
        "get-head" => new GetHeadRequest { UnitId = unit, AsOf = asOf }.ToByteArray(),
        "list-unit-positions" => new ListUnitPositionsRequest { UnitId = unit, AsOf = asOf }.ToByteArray(),
        "resolve-authority" => new ResolveAuthorityRequest
        {
            UnitId = unit, FieldCode = options.Text("field", ""), DocumentKind = options.Text("document-kind", ""), AsOf = asOf,
        }.ToByteArray(),
        _ => throw new ArgumentException($"--rpc is get-head, list-unit-positions or resolve-authority, not '{rpc}'."),
    };
}
