using System.Diagnostics;

namespace Chancery.Server.Tests.Infrastructure;

/// <summary>Command lines run as an operator types them, through bash: one-shot commands and a serving server.</summary>
public sealed partial class ServerProcess
{
    public sealed record Exit(int ExitCode, string Output, string Error);

    public static int AnyFreePort() => FreePort();

    /// <summary>bash -c <paramref name="line"/> in <paramref name="folder"/>, with the test's dotnet first on PATH and these variables (null removes one).</summary>
    public static ProcessStartInfo Shell(string line, string folder, IReadOnlyDictionary<string, string?> environment)
    {
        var info = new ProcessStartInfo("/bin/bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder,
        };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(line);
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } dotnet)
        {
            info.Environment["PATH"] = Path.GetDirectoryName(dotnet) + ":" + info.Environment["PATH"];
        }

        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                info.Environment.Remove(name);
            }
            else
            {
                info.Environment[name] = value;
            }
        }

        return info;
    }

    /// <summary>Runs to its end; one that does not end in time (a server started instead of a command) is killed and reported.</summary>
    public static async Task<Exit> RunToExitAsync(ProcessStartInfo info, TimeSpan timeout)
    {
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException($"'{info.ArgumentList.Last()}' did not end within {timeout.TotalSeconds} s:\n{await output}\n{await error}");
        }

        return new Exit(process.ExitCode, await output, await error);
    }

    /// <summary>A server started by <paramref name="info"/>, listening on the given ports once it prints that it is ready.</summary>
    public static async Task<ServerProcess> StartAsync(ProcessStartInfo info, int grpcPort, int httpPort, string database)
    {
        var server = new ServerProcess(Process.Start(info)!, grpcPort, httpPort, database);
        server.Pump(server.process.StandardOutput);
        server.Pump(server.process.StandardError);
        var started = await Task.WhenAny(server.ready.Task, server.process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(60)));
        if (started != server.ready.Task)
        {
            var text = server.Output;
            await server.DisposeAsync();
            throw new InvalidOperationException($"The server did not become ready:\n{text}");
        }

        return server;
    }
}
