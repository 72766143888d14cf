using Google.Protobuf.Reflection;
using Microsoft.AspNetCore.Grpc.JsonTranscoding;

namespace Chancery.Server.Grpc;

/// <summary>
/// The JSON API (google.api.http routes over HTTP/1.1) writes proto3's canonical JSON mapping:
/// 64-bit integers as strings (JavaScript's numbers lose precision above 2^53), and fields that
/// hold their default value (empty string, 0, false, the _UNSPECIFIED enum value, empty lists)
/// left out. Reading accepts 64-bit integers as strings or numbers.
/// </summary>
public static class JsonTranscodingSetup
{
    public static void Configure(GrpcJsonTranscodingOptions options)
    {
        // The details of error statuses, written into the JSON body of a refused call.
        options.TypeRegistry = TypeRegistry.FromMessages(
            Google.Rpc.BadRequest.Descriptor, Google.Rpc.PreconditionFailure.Descriptor, Google.Rpc.ResourceInfo.Descriptor, Google.Rpc.ErrorInfo.Descriptor);
        options.JsonSettings = new GrpcJsonSettings { WriteInt64sAsStrings = true, IgnoreDefaultValues = true };
    }
}
