using System.Diagnostics;
using System.Text.RegularExpressions;
using Chancery.Server.Demo;
using Chancery.Server.Tests.Infrastructure;

namespace Chancery.Server.Tests.Transport;

/// <summary>
/// The client-credentials flow from a client that is not .NET: scripts/grpc-curl-client.sh gets a
/// token with curl and calls GetUnit over h2c, against the server started as a user starts it.
/// </summary>
public sealed partial class NonDotNetClientTests
{
    [Fact]
    public async Task CurlClient_TokenThenGrpcOverH2c_ReadsTheUnit()
    {
        await using var server = await ServerProcess.StartAsync();
        var secret = Secret().Match(server.Output).Groups[1].Value;
        Assert.NotEmpty(secret);

        var (exit, stdout, stderr) = await RunAsync(server, secret, DemoHierarchy.Codes.PhuTho);

        Assert.True(exit == 0, stderr);
        Assert.Equal("Tỉnh Phú Thọ", stdout.Trim());
    }

    [Fact]
    public async Task CurlClient_WrongSecret_Fails()
    {
        await using var server = await ServerProcess.StartAsync();

        var (exit, _, stderr) = await RunAsync(server, "not-the-secret", DemoHierarchy.Codes.PhuTho);

        Assert.NotEqual(0, exit);
        Assert.Contains("invalid_client", stderr + "");
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(ServerProcess server, string secret, string code)
    {
        var script = Path.Combine(RepositoryRoot(), "scripts", "grpc-curl-client.sh");
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { script, server.HttpAddress, server.GrpcAddress, DemoAccess.MachineClient, secret, code })
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Chancery.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Not inside the repository.");
    }

    [GeneratedRegex(@"client_id demo-agency client_secret (\S+)")]
    private static partial Regex Secret();
}
