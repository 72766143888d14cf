using System.Diagnostics;
using System.Text;
using Chancery.Core.Storage;
using Chancery.Server.Tests.Fuzzing;
using Chancery.Server.Tests.Infrastructure;

namespace Chancery.Server.Tests.Crash;

/// <summary>
/// The built server as its own process on a database that outlives it, on free loopback ports,
/// access enforced, no demo data; <see cref="KillAsync"/> ends it with SIGKILL, as a power cut would.
/// </summary>
public sealed class CrashServer : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private CrashServer(Process process, int grpcPort, int httpPort)
    {
        this.process = process;
        GrpcAddress = $"http://127.0.0.1:{grpcPort}";
        HttpAddress = $"http://127.0.0.1:{httpPort}/";
    }

    public string GrpcAddress { get; }

    public string HttpAddress { get; }

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public static async Task<CrashServer> StartAsync(DatabaseProvider provider, string connectionString)
    {
        var (grpc, http) = (KestrelHost.FreePort(), KestrelHost.FreePort());
        var directory = AppContext.BaseDirectory;
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = directory,
        };
        foreach (var arg in new[]
        {
            Path.Combine(directory, "Chancery.Server.dll"), "--contentRoot", directory, "--environment", "Development",
            $"--Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:{grpc}", $"--Kestrel:Endpoints:Http:Url=http://127.0.0.1:{http}",
            $"--Chancery:Database:Provider={provider}", $"--Chancery:Database:ConnectionString={connectionString}",
            "--Chancery:Demo:Enabled=false", $"--Chancery:Identity:Issuer=http://127.0.0.1:{http}/",
        })
        {
            info.ArgumentList.Add(arg);
        }

        var server = new CrashServer(Process.Start(info)!, grpc, http);
        server.Pump(server.process.StandardOutput);
        server.Pump(server.process.StandardError);
        var started = await Task.WhenAny(server.ready.Task, server.process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(90)));
        if (started != server.ready.Task)
        {
            var text = server.Output;
            await server.DisposeAsync();
            throw new InvalidOperationException($"The server did not become ready:\n{text}");
        }

        return server;
    }

    /// <summary>SIGKILL: no shutdown, no flush, no goodbye.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process.Dispose();
    }

    private void Pump(StreamReader reader) => ServerOutput.Pump(reader, output, ready);
}
