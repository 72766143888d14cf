using Chancery.Core.Access;
using Chancery.Core.Registry;
using Grpc.Core;

namespace Chancery.Server.Grpc;

public static class CallContextExtensions
{
    public static Actor Actor(this ServerCallContext context) => AccessInterceptor.GetActor(context);

    /// <summary>The write request of a call: its method, its caller and the reason given.</summary>
    public static WriteRequest Write(this ServerCallContext context, string? reason) => new(context.Method, context.Actor(), reason);
}
