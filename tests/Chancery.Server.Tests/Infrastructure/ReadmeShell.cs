using System.Diagnostics;

namespace Chancery.Server.Tests.Infrastructure;

/// <summary>
/// The README's command lines, run as an operator runs them from the repository root: a temporary
/// folder in which <c>src/Chancery.Server/bin/Release/net10.0</c> is the built server (a link to the
/// test's binaries) and <c>data/</c> gets the SQLite default, a production configuration in
/// <see cref="Environment"/> (certificates of the tests, random ports), and each line through bash.
/// </summary>
public sealed class ReadmeShell : IDisposable
{
    public const string Server = "dotnet src/Chancery.Server/bin/Release/net10.0/Chancery.Server.dll";
    public const string ContentRoot = "--contentRoot \"$PWD/src/Chancery.Server/bin/Release/net10.0\"";

    public ReadmeShell()
    {
        Folder = Directory.CreateTempSubdirectory("chancery-readme-").FullName;
        var bin = Directory.CreateDirectory(System.IO.Path.Combine(Folder, "src", "Chancery.Server", "bin", "Release")).FullName;
        Directory.CreateSymbolicLink(System.IO.Path.Combine(bin, "net10.0"), AppContext.BaseDirectory.TrimEnd('/'));
        (GrpcPort, HttpPort) = (ServerProcess.AnyFreePort(), ServerProcess.AnyFreePort());
        Environment = new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_ENVIRONMENT"] = null,
            ["Chancery__Identity__SigningCertificate__Path"] = TestCertificates.SigningPath,
            ["Chancery__Identity__SigningCertificate__Password"] = TestCertificates.Password,
            ["Chancery__Identity__EncryptionCertificate__Path"] = TestCertificates.EncryptionPath,
            ["Chancery__Identity__EncryptionCertificate__Password"] = TestCertificates.Password,
            ["Kestrel__Endpoints__Grpc__Url"] = $"http://127.0.0.1:{GrpcPort}",
            ["Kestrel__Endpoints__Http__Url"] = $"http://127.0.0.1:{HttpPort}",
        };
    }

    /// <summary>The operator's repository root.</summary>
    public string Folder { get; }

    public int GrpcPort { get; }

    public int HttpPort { get; }

    /// <summary>What the operator exported before typing the lines (null: not set).</summary>
    public Dictionary<string, string?> Environment { get; }

    public string Database => System.IO.Path.Combine(Folder, "data", "chancery.db");

    /// <summary>Every line of the README's sh blocks that runs the built server.</summary>
    public static IReadOnlyList<string> Lines { get; } = ReadLines();

    /// <summary>The one README line that <paramref name="matches"/>.</summary>
    public static string Line(Func<string, bool> matches)
    {
        var found = Lines.Where(matches).ToList();
        Assert.True(found.Count == 1, $"Expected one such line in README.md, found {found.Count}:\n{string.Join('\n', found)}");
        return found[0];
    }

    public Task<ServerProcess.Exit> RunAsync(string line) =>
        ServerProcess.RunToExitAsync(ServerProcess.Shell(line, Folder, Environment), TimeSpan.FromSeconds(60));

    public Task<ServerProcess> StartAsync(string line) =>
        ServerProcess.StartAsync(ServerProcess.Shell(line, Folder, Environment), GrpcPort, HttpPort, Database);

    public void Dispose()
    {
        try
        {
            // the link first, so that nothing of the test's binaries can be deleted through it
            File.Delete(System.IO.Path.Combine(Folder, "src", "Chancery.Server", "bin", "Release", "net10.0"));
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static List<string> ReadLines()
    {
        var lines = new List<string>();
        var inShell = false;
        foreach (var raw in File.ReadLines(RepositoryRoot.File("README.md")))
        {
            var line = raw.Trim();
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inShell = line == "```sh";
                continue;
            }

            if (inShell && line.StartsWith(Server, StringComparison.Ordinal))
            {
                lines.Add(line);
            }
        }

        Debug.Assert(lines.Count > 0);
        return lines;
    }
}
