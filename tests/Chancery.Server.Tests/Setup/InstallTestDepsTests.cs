using System.Diagnostics;
using Chancery.Server.Tests.Infrastructure;

namespace Chancery.Server.Tests.Setup;

/// <summary>
/// scripts/install-test-deps.sh, which ./test.sh runs first, on a machine that lacks h2load and
/// Chromium: a fake apt-get on a PATH of its own records what it is asked, and the policy-rc.d is
/// a file in a temporary folder (CHANCERY_POLICY_RC_D), present or not as on a fresh machine.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class InstallTestDepsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("chancery-deps-").FullName;

    private string Policy => Path.Combine(folder, "policy-rc.d");

    private string Calls => Path.Combine(folder, "apt-calls");

    [Fact]
    public async Task InstallTestDeps_PolicyRcDExistsAlready_InstallsExitsZeroAndKeepsIt()
    {
        await File.WriteAllTextAsync(Policy, "#!/bin/sh\n# the machine's own\nexit 101\n");

        var run = await RunAsync();

        Assert.True(run.ExitCode == 0, run.Output);
        var calls = await File.ReadAllLinesAsync(Calls);
        Assert.Equal("update -qq", calls[0]);
        Assert.Contains("install -y -qq --no-install-recommends", calls[1]);
        Assert.Contains(" nghttp2-client", calls[1]);
        Assert.Contains(" chromium", calls[1]);
        Assert.Equal("#!/bin/sh\n# the machine's own\nexit 101\n", await File.ReadAllTextAsync(Policy));
        Assert.DoesNotContain("fake apt chatter", run.Output);
    }

    [Fact]
    public async Task InstallTestDeps_NoPolicyRcD_ForbidsDaemonsDuringInstallAndRemovesItAfter()
    {
        var run = await RunAsync();

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("policy during install: exit 101", await File.ReadAllTextAsync(Calls));
        Assert.False(File.Exists(Policy));
    }

    [Fact]
    public async Task InstallTestDeps_AptFails_ExitsNonZeroShowingAptsErrorAndRemovesItsPolicy()
    {
        var run = await RunAsync(failInstall: true);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("E: Unable to locate package chromium", run.Output);
        Assert.False(File.Exists(Policy));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>Runs the script with a PATH holding only the fake apt-get and the few tools the script uses.</summary>
    private async Task<(int ExitCode, string Output)> RunAsync(bool failInstall = false)
    {
        var bin = Directory.CreateDirectory(Path.Combine(folder, "bin")).FullName;
        foreach (var tool in new[] { "ls", "rm", "chmod", "cat", "mktemp" })
        {
            var target = new[] { "/usr/bin/", "/bin/" }.Select(d => d + tool).First(File.Exists);
            File.CreateSymbolicLink(Path.Combine(bin, tool), target);
        }

        var apt = Path.Combine(bin, "apt-get");
        await File.WriteAllTextAsync(apt, $$"""
            #!/bin/bash
            echo "$*" >> '{{Calls}}'
            echo "fake apt chatter"
            if [ "$1" = install ]; then
                if [ -e '{{Policy}}' ]; then echo "policy during install: $(/bin/grep -o 'exit [0-9]*' '{{Policy}}')" >> '{{Calls}}'; fi
                {{(failInstall ? "echo 'E: Unable to locate package chromium' >&2; exit 100" : "")}}
            fi
            exit 0
            """.Replace("\r", ""));
        File.SetUnixFileMode(apt, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var start = new ProcessStartInfo("/bin/bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(RepositoryRoot.File("scripts", "install-test-deps.sh"));
        start.Environment["PATH"] = bin;
        start.Environment["CHANCERY_POLICY_RC_D"] = Policy;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
