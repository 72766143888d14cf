using Chancery.Server.Tests.Infrastructure;
using Google.Rpc;
using Grpc.Core;

namespace Chancery.Server.Tests.Access;

/// <summary>A PERMISSION_DENIED as the caller sees it.</summary>
public sealed record Denial(string Reason, string Permission, string Message)
{
    public static async Task<Denial> Of(Func<Task> call)
    {
        var error = await RpcOutcome.ErrorOf(call);
        Assert.True(error?.StatusCode == StatusCode.PermissionDenied, $"Expected PERMISSION_DENIED, got {(error is null ? "OK" : $"{error.StatusCode}: {error.Status.Detail}")}");
        var info = error!.GetRpcStatus()?.GetDetail<ErrorInfo>();
        Assert.NotNull(info);
        return new Denial(info.Reason, info.Metadata["permission"], error!.Status.Detail);
    }

    /// <summary>The same denial with an id written as a placeholder, to compare denials about different objects.</summary>
    public Denial Naming(string id, string placeholder = "{id}") =>
        new(Reason, Permission.Replace(id, placeholder, StringComparison.Ordinal), Message.Replace(id, placeholder, StringComparison.Ordinal));
}
