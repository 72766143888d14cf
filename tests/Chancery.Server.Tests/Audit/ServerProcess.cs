using System.Diagnostics;
using Chancery.Server.Tests.Infrastructure;

namespace Chancery.Server.Tests.Audit;

/// <summary>The built server run as a process, as an operator runs its command line, against a SQLite file.</summary>
public static class ServerProcess
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static async Task<Result> AdminAsync(string connectionString, params string[] command)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Chancery.Server.dll"));
        start.ArgumentList.Add("admin");
        foreach (var part in command)
        {
            start.ArgumentList.Add(part);
        }

        foreach (var setting in new[]
        {
            "Chancery:Database:Provider=Sqlite",
            $"Chancery:Database:ConnectionString={connectionString}",
            $"Chancery:Identity:SigningCertificate:Path={TestCertificates.SigningPath}",
            $"Chancery:Identity:SigningCertificate:Password={TestCertificates.Password}",
            $"Chancery:Identity:EncryptionCertificate:Path={TestCertificates.EncryptionPath}",
            $"Chancery:Identity:EncryptionCertificate:Password={TestCertificates.Password}",
        })
        {
            start.ArgumentList.Add("--" + setting);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"admin {string.Join(' ', command)} did not end within 90 s.");
        }

        return new Result(process.ExitCode, await output, await error);
    }
}
