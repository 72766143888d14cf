using System.Buffers;
using System.Buffers.Binary;
using Grpc.AspNetCore.Server;
using Microsoft.AspNetCore.Http.Features;

namespace Chancery.Server.Grpc;

/// <summary>
/// Applies an endpoint's <see cref="MessageLimit"/> (its method's) to the call before anything reads its body:
/// Kestrel's request body size becomes the limit (plus gRPC's 5-byte prefix), and a gRPC message
/// whose announced length exceeds it is answered RESOURCE_EXHAUSTED, naming the limit, from its
/// prefix alone, without reading (or holding) the message. grpc-dotnet lifts the body size of
/// streaming calls itself; each of their messages is then held to gRPC's limit of the service.
/// </summary>
public sealed partial class MessageLimitMiddleware(RequestDelegate next, ILogger<MessageLimitMiddleware> logger)
{
    private const int PrefixBytes = 5;

    public async Task InvokeAsync(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<MessageLimit>() is not { } limit)
        {
            await next(context);
            return;
        }

        var bytes = limit.For(endpoint.Metadata.GetMetadata<GrpcMethodMetadata>()?.Method.Name);
        var grpc = context.Request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body)
        {
            body.MaxRequestBodySize = bytes + (grpc ? PrefixBytes : 0L);
        }

        if (grpc && await AnnouncedLengthAsync(context) is { } length && length > bytes)
        {
            LogRefused(logger, context.Request.Path.Value ?? "", length, bytes);
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = "application/grpc";
            context.Response.Headers["grpc-status"] = "8";
            context.Response.Headers["grpc-message"] =
                $"The message of {length} bytes exceeds the limit of {context.Request.Path}: {bytes} bytes ({Describe(bytes)}).";
            return;
        }

        await next(context);
    }

    /// <summary>The length that the first message's prefix announces, leaving the body unread; null if the body is shorter.</summary>
    private static async Task<long?> AnnouncedLengthAsync(HttpContext context)
    {
        var reader = context.Request.BodyReader;
        var result = await reader.ReadAtLeastAsync(PrefixBytes, context.RequestAborted);
        var buffer = result.Buffer;
        long? length = null;
        if (buffer.Length >= PrefixBytes)
        {
            Span<byte> prefix = stackalloc byte[PrefixBytes];
            buffer.Slice(0, PrefixBytes).CopyTo(prefix);
            length = BinaryPrimitives.ReadUInt32BigEndian(prefix[1..]);
        }

        reader.AdvanceTo(buffer.Start);
        return length;
    }

    private static string Describe(int bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / (1024 * 1024)} MiB" : $"{bytes / 1024} KiB";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a message of {Length} bytes to {Path}: its limit is {Limit} bytes")]
    private static partial void LogRefused(ILogger logger, string path, long length, int limit);
}
