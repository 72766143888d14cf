using Google.Rpc;
using Grpc.Core;

namespace Chancery.Server.Tests.Access;

/// <summary>Asserts that a call answered what its cell of the matrix says.</summary>
public static class MatrixAssert
{
    public static void Answered(Outcome expected, Probe probe, Target target, RpcException? error)
    {
        var got = error is null ? "OK" : $"{error.StatusCode}: {error.Status.Detail}";
        switch (expected.Kind)
        {
            case "OK":
                Assert.True(error is null, $"{probe.Name}: expected success, got {got}");
                Assert.True(target.Reported.Count == 0, $"{probe.Name}: expected success without problems, got {string.Join("; ", target.Reported)}");
                break;
            case "REPORTED":
                Assert.True(error is null, $"{probe.Name}: expected success reporting the denial, got {got}");
                var problem = Assert.Single(target.Reported);
                Assert.Equal(("permission-denied", Permission(expected, probe, target)), (problem.Kind, problem.Code));
                break;
            case "UNIMPLEMENTED":
                Assert.True(error?.StatusCode == StatusCode.Unimplemented, $"{probe.Name}: expected UNIMPLEMENTED past the access checks, got {got}");
                break;
            case "UNAUTHENTICATED":
                Assert.True(error?.StatusCode == StatusCode.Unauthenticated, $"{probe.Name}: expected UNAUTHENTICATED, got {got}");
                Assert.Equal("UNAUTHENTICATED", Info(error!).Reason);
                break;
            case "PERMISSION_DENIED":
                Assert.True(error?.StatusCode == StatusCode.PermissionDenied, $"{probe.Name}: expected PERMISSION_DENIED, got {got}");
                var info = Info(error!);
                Assert.Equal(expected.Reason, info.Reason);
                Assert.Equal(Permission(expected, probe, target), info.Metadata["permission"]);
                Assert.Equal("chancery.v1", info.Domain);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(expected), expected.Kind, null);
        }
    }

    private static string Permission(Outcome expected, Probe probe, Target target) =>
        expected.OnSubject ? $"{probe.Scope} on {target.Subject}" : probe.Scope;

    private static ErrorInfo Info(RpcException error)
    {
        var info = error.GetRpcStatus()?.GetDetail<ErrorInfo>();
        Assert.True(info is not null, $"{error.StatusCode} without google.rpc.ErrorInfo: {error.Status.Detail}");
        return info;
    }
}
