using Chancery.Server.Tests.Infrastructure;

namespace Chancery.Server.Tests.Admin;

/// <summary>
/// The README's admin lines (*Administration from the command line*) as written, through bash in an
/// operator's repository root, with options before and after <c>admin &lt;command&gt;</c>.
/// </summary>
public sealed class ReadmeAdminLineTests
{
    [Fact]
    public async Task VerifyAudit_ReadmeLineWithContentRootBeforeAdmin_RunsTheCommand()
    {
        using var shell = new ReadmeShell();
        var line = ReadmeShell.Line(l => l == $"{ReadmeShell.Server} {ReadmeShell.ContentRoot} admin verify-audit");

        var run = await shell.RunAsync(line);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("The audit chain of 0 entries is intact.", run.Output);
        Assert.True(File.Exists(shell.Database), "The command should use the configured database, data/chancery.db.");
    }

    [Fact]
    public async Task VerifyAudit_ReadmeLineWithEnvironmentAfterCommand_HostRunsInThatEnvironment()
    {
        using var shell = new ReadmeShell();
        var line = ReadmeShell.Line(l => l == $"{ReadmeShell.Server} admin verify-audit {ReadmeShell.ContentRoot} --environment Development");
        // Production is exported; the line's --environment must win. EnforceAccess=false is refused
        // outside Development, so the command runs only if the host is in Development.
        shell.Environment["Chancery__Identity__EnforceAccess"] = "false";

        var run = await shell.RunAsync(line);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("The audit chain of 0 entries is intact.", run.Output);
    }

    [Fact]
    public async Task CreateSystemAdmin_ReadmeLineInProduction_CreatesAndAudits()
    {
        using var shell = new ReadmeShell();
        var line = ReadmeShell.Line(l => l.Contains(" admin create-system-admin quantri", StringComparison.Ordinal));
        var verify = ReadmeShell.Line(l => l == $"{ReadmeShell.Server} {ReadmeShell.ContentRoot} admin verify-audit");

        var created = await shell.RunAsync(line);
        var verified = await shell.RunAsync(verify);

        Assert.True(created.ExitCode == 0, created.Output + created.Error);
        Assert.Matches(@"System administrator quantri created \(id [0-9a-f-]{36}\)\.", created.Output);
        Assert.Contains("The audit chain of 2 entries is intact.", verified.Output);
    }

    [Fact]
    public async Task VerifyAudit_ProductionWithoutCertificates_RefusedWithTheReasonNotACrash()
    {
        using var shell = new ReadmeShell();
        shell.Environment["Chancery__Identity__SigningCertificate__Path"] = null;
        shell.Environment["Chancery__Identity__EncryptionCertificate__Path"] = null;

        var run = await shell.RunAsync(ReadmeShell.Line(l => l == $"{ReadmeShell.Server} {ReadmeShell.ContentRoot} admin verify-audit"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Refused: the configuration cannot run Chancery: Outside Development, Chancery needs Chancery:Identity:SigningCertificate:Path", run.Error);
        Assert.DoesNotContain("Unhandled exception", run.Error);
    }

    [Fact]
    public async Task Admin_UnknownOption_UsageAndExitTwo()
    {
        using var shell = new ReadmeShell();

        var run = await shell.RunAsync($"{ReadmeShell.Server} {ReadmeShell.ContentRoot} admin verify-audit --checkpiont x");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Unknown option --checkpiont", run.Error);
        Assert.Contains("Chancery.Server [configuration] admin verify-audit", run.Error);
    }
}
