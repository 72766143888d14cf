using System.Diagnostics;

namespace Chancery.Benchmarks.Memory;

/// <summary>
/// The Release server as its own process (Development, for tokens over plain HTTP; demo data off;
/// warnings only), on a prepared SQLite file, with extra environment variables (GC settings); its
/// resident memory read from /proc.
/// </summary>
public sealed class ServerChild : IAsyncDisposable
{
    private readonly Process process;
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServerChild(Process process, int grpc, int http)
    {
        this.process = process;
        GrpcAddress = $"http://127.0.0.1:{grpc}";
        HttpAddress = $"http://127.0.0.1:{http}/";
    }

    public string GrpcAddress { get; }

    public string HttpAddress { get; }

    /// <param name="directory">Where Chancery.Server.dll is: beside the benchmarks, or another build (an older commit, to compare).</param>
    public static async Task<ServerChild> StartAsync(string databaseFile, IReadOnlyDictionary<string, string> environment, string? directory, CancellationToken cancellationToken)
    {
        var (grpc, http) = (Ports.Free(), Ports.Free());
        directory ??= AppContext.BaseDirectory;
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory };
        foreach (var arg in new[]
        {
            Path.Combine(directory, "Chancery.Server.dll"), "--contentRoot", directory, "--environment", "Development",
            $"--Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:{grpc}", $"--Kestrel:Endpoints:Http:Url=http://127.0.0.1:{http}",
            $"--Chancery:Database:ConnectionString=Data Source={databaseFile}", "--Chancery:Demo:Enabled=false",
            $"--Chancery:Identity:Issuer=http://127.0.0.1:{http}/", "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Chancery.Server.Memory=Information",
        })
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        var child = new ServerChild(Process.Start(info)!, grpc, http);
        child.Drain(child.process.StandardOutput);
        child.Drain(child.process.StandardError);
        await child.ready.Task.WaitAsync(TimeSpan.FromSeconds(120), cancellationToken);
        return child;
    }

    /// <summary>VmRSS, VmHWM and RssAnon of the process, in MiB.</summary>
    public (double Rss, double Peak, double Anon) Memory()
    {
        var fields = File.ReadAllLines($"/proc/{process.Id}/status")
            .Select(l => l.Split(':', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1].Trim());
        double MiB(string name) => long.Parse(fields[name].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) / 1024.0;
        return (MiB("VmRSS"), MiB("VmHWM"), MiB("RssAnon"));
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private void Drain(StreamReader reader) => _ = Task.Run(async () =>
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.Contains("Memory trimmed", StringComparison.Ordinal))
            {
                Console.Error.WriteLine($"  server ({DateTime.UtcNow:HH:mm:ss}): {line.Trim()}");
            }

            if (line.Contains("Chancery is ready.", StringComparison.Ordinal))
            {
                ready.TrySetResult();
            }
        }
    });
}

internal static class Ports
{
    public static int Free()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
