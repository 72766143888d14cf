using Grpc.Core;

namespace Chancery.Server.Tests.Infrastructure;

/// <summary>The outcome of a call that may fail, for calls raced against each other.</summary>
public static class RpcOutcome
{
    /// <summary>OK, or the status the call failed with.</summary>
    public static async Task<StatusCode> StatusOf(Func<Task> call) => (await ErrorOf(call))?.StatusCode ?? StatusCode.OK;

    /// <summary>Null, or the error the call failed with.</summary>
    public static async Task<RpcException?> ErrorOf(Func<Task> call)
    {
        try
        {
            await call();
            return null;
        }
        catch (RpcException e)
        {
            return e;
        }
    }
}
