using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Chancery.Server.Tests.Infrastructure;

/// <summary>
/// The server as a user starts it: its own process on real ports (h2c for gRPC, HTTP/1.1 for the
/// rest), on a SQLite file, in Development with the demo data. Collects what it prints.
/// </summary>
public sealed partial class ServerProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServerProcess(Process process, int grpcPort, int httpPort, string database)
    {
        this.process = process;
        GrpcAddress = $"http://127.0.0.1:{grpcPort}";
        HttpAddress = $"http://127.0.0.1:{httpPort}";
        Database = database;
    }

    public string GrpcAddress { get; }

    public string HttpAddress { get; }

    public string Database { get; }

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

    public static async Task<ServerProcess> StartAsync(params string[] extra)
    {
        var folder = Path.Combine(Path.GetTempPath(), "chancery-tests");
        Directory.CreateDirectory(folder);
        var database = Path.Combine(folder, $"{Guid.NewGuid():N}.db");
        var (grpcPort, httpPort) = (FreePort(), FreePort());
        var directory = AppContext.BaseDirectory;
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        foreach (var arg in new[]
        {
            Path.Combine(directory, "Chancery.Server.dll"), "--contentRoot", directory, "--environment", "Development",
            $"--Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:{grpcPort}", $"--Kestrel:Endpoints:Http:Url=http://127.0.0.1:{httpPort}",
            $"--Chancery:Database:ConnectionString=Data Source={database}",
        }.Concat(extra))
        {
            info.ArgumentList.Add(arg);
        }

        return await StartAsync(info, grpcPort, httpPort, database);
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        foreach (var path in new[] { Database, Database + "-wal", Database + "-shm" })
        {
            File.Delete(path);
        }
    }

    private void Pump(StreamReader reader) => ServerOutput.Pump(reader, output, ready);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
