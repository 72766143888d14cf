using Google.Rpc;
using Grpc.Core;

namespace Chancery.Server.Tests.Infrastructure;

/// <summary>Asserts on gRPC statuses and their google.rpc details.</summary>
public static class RpcAssert
{
    public static async Task<RpcException> Fails(StatusCode code, Func<Task> call)
    {
        var exception = await Assert.ThrowsAsync<RpcException>(call);
        Assert.True(code == exception.StatusCode, $"Expected {code}, got {exception.StatusCode}: {exception.Status.Detail}");
        return exception;
    }

    /// <summary>INVALID_ARGUMENT with a BadRequest that names every one of the fields.</summary>
    public static async Task<BadRequest> InvalidArgument(Func<Task> call, params string[] fields)
    {
        var exception = await Fails(StatusCode.InvalidArgument, call);
        var badRequest = exception.GetRpcStatus()?.GetDetail<BadRequest>();
        Assert.NotNull(badRequest);
        var named = badRequest.FieldViolations.Select(v => v.Field).ToHashSet();
        foreach (var field in fields)
        {
            Assert.True(named.Contains(field), $"No violation for '{field}'; got: {string.Join(", ", named)}");
        }

        return badRequest;
    }

    /// <summary>FAILED_PRECONDITION with a PreconditionFailure naming the rule.</summary>
    public static async Task<PreconditionFailure> FailedPrecondition(Func<Task> call, string rule)
    {
        var exception = await Fails(StatusCode.FailedPrecondition, call);
        var failure = exception.GetRpcStatus()?.GetDetail<PreconditionFailure>();
        Assert.NotNull(failure);
        Assert.Contains(failure.Violations, v => v.Type == rule);
        return failure;
    }

    public static async Task<RpcException> NotFound(Func<Task> call) => await Fails(StatusCode.NotFound, call);

    public static Task<ErrorInfo> Aborted(Func<Task> call) => WithErrorInfo(StatusCode.Aborted, call);

    /// <summary>PERMISSION_DENIED with the ErrorInfo that names the missing right.</summary>
    public static Task<ErrorInfo> PermissionDenied(Func<Task> call) => WithErrorInfo(StatusCode.PermissionDenied, call);

    private static async Task<ErrorInfo> WithErrorInfo(StatusCode code, Func<Task> call)
    {
        var exception = await Fails(code, call);
        var info = exception.GetRpcStatus()?.GetDetail<ErrorInfo>();
        Assert.NotNull(info);
        return info;
    }
}
