using Google.Protobuf.Reflection;
using Grpc.Core;

namespace Chancery.Server.Tests.Fuzzing;

/// <summary>Calls any method with raw bytes as its request, whatever they hold; the answer's status.</summary>
public static class RawCalls
{
    private static readonly Marshaller<byte[]> Bytes = Marshallers.Create(b => b, b => b);

    public static async Task<StatusCode> CallAsync(CallInvoker invoker, MethodDescriptor method, byte[] request, CancellationToken cancellationToken)
    {
        var options = new CallOptions(deadline: DateTime.UtcNow.AddSeconds(60), cancellationToken: cancellationToken);
        try
        {
            if (method.IsClientStreaming)
            {
                using var call = invoker.AsyncClientStreamingCall(Method(method, MethodType.ClientStreaming), null, options);
                try
                {
                    await call.RequestStream.WriteAsync(request, cancellationToken);
                    await call.RequestStream.CompleteAsync();
                }
                catch (Exception ex) when (ex is InvalidOperationException or IOException)
                {
                    // the server answered before the request was written: its status follows
                }

                await call.ResponseAsync;
            }
            else if (method.IsServerStreaming)
            {
                using var call = invoker.AsyncServerStreamingCall(Method(method, MethodType.ServerStreaming), null, options, request);
                while (await call.ResponseStream.MoveNext(cancellationToken))
                {
                }
            }
            else
            {
                using var call = invoker.AsyncUnaryCall(Method(method, MethodType.Unary), null, options, request);
                await call.ResponseAsync;
            }

            return StatusCode.OK;
        }
        catch (RpcException ex)
        {
            return ex.StatusCode;
        }
    }

    /// <summary>The status and its message.</summary>
    public static async Task<RpcException?> FailureAsync(CallInvoker invoker, MethodDescriptor method, byte[] request, CancellationToken cancellationToken)
    {
        try
        {
            using var call = invoker.AsyncUnaryCall(Method(method, MethodType.Unary), null, new CallOptions(cancellationToken: cancellationToken), request);
            await call.ResponseAsync;
            return null;
        }
        catch (RpcException ex)
        {
            return ex;
        }
    }

    private static Method<byte[], byte[]> Method(MethodDescriptor method, MethodType type) =>
        new(type, method.Service.FullName, method.Name, Bytes, Bytes);
}
