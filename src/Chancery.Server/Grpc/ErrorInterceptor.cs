using Chancery.Core.Errors;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Chancery.Server.Grpc;

/// <summary>
/// Turns domain errors into their statuses; a cancelled call stays cancelled; a message of a
/// client stream that is not valid protobuf (read inside the handler) is bad input; anything else
/// is a bug, logged, and answered INTERNAL without its details.
/// </summary>
public sealed partial class ErrorInterceptor(ILogger<ErrorInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception ex) when (Translate(ex, context) is { } rpc)
        {
            throw rpc;
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (Exception ex) when (Translate(ex, context) is { } rpc)
        {
            throw rpc;
        }
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(requestStream, context);
        }
        catch (Exception ex) when (Translate(ex, context) is { } rpc)
        {
            throw rpc;
        }
    }

    private RpcException? Translate(Exception exception, ServerCallContext context)
    {
        switch (exception)
        {
            case RpcException:
                return null;
            case DomainException domain:
                return DomainErrors.ToRpcException(domain, RuleMessages.WantsVietnamese(context));
            case InvalidProtocolBufferException unparseable:
                LogUnparseable(logger, context.Method, unparseable.Message);
                return new RpcException(new global::Grpc.Core.Status(StatusCode.InvalidArgument, $"A message of the request is not valid protobuf: {unparseable.Message}"));
            case OperationCanceledException when context.CancellationToken.IsCancellationRequested:
                return new RpcException(new global::Grpc.Core.Status(StatusCode.Cancelled, "The call was cancelled."));
            default:
                LogUnexpected(logger, context.Method, exception);
                return new RpcException(new global::Grpc.Core.Status(StatusCode.Internal, "An unexpected error occurred; it has been logged."));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A message of a call to {Method} is not valid protobuf: {Reason}")]
    private static partial void LogUnparseable(ILogger logger, string method, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error in {Method}")]
    private static partial void LogUnexpected(ILogger logger, string method, Exception exception);
}
