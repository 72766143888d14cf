using Chancery.Server.Admin;

namespace Chancery.Server.Tests.Admin;

/// <summary>How the server reads its command line: the command's words and options, and what goes to the host's configuration.</summary>
public sealed class AdminArgumentsTests
{
    [Fact]
    public void Parse_HostOptionsBeforeAdmin_CommandFoundAndOptionsKeptForTheHost()
    {
        var parsed = AdminArguments.Parse(["--contentRoot", "/srv/chancery", "--Chancery:Database:Provider=PostgreSql", "admin", "verify-audit"])!;

        Assert.Null(parsed.Error);
        Assert.Equal(["verify-audit"], parsed.Words);
        Assert.Equal(["--contentRoot", "/srv/chancery", "--Chancery:Database:Provider=PostgreSql"], parsed.HostArgs);
    }

    [Fact]
    public void Parse_HostOptionsAfterCommand_ValuesAreNotWordsOfTheCommand()
    {
        var parsed = AdminArguments.Parse(["admin", "verify-audit", "--environment", "Development", "--Chancery:Database:ConnectionString", "Data Source=x.db"])!;

        Assert.Null(parsed.Error);
        Assert.Equal(["verify-audit"], parsed.Words);
        Assert.Equal(["--environment", "Development", "--Chancery:Database:ConnectionString", "Data Source=x.db"], parsed.HostArgs);
    }

    [Fact]
    public void Parse_CommandOptionsAnywhere_TakenOutOfTheHostsArguments()
    {
        var parsed = AdminArguments.Parse(["--scope", "hierarchy.read", "admin", "register-client", "--public", "--environment", "Production",
            "portal", "--redirect-uri", "https://p.example/cb", "--redirect-uri=https://p.example/cb2", "--scope=audit.read"])!;

        Assert.Null(parsed.Error);
        Assert.Equal(["register-client", "portal"], parsed.Words);
        Assert.Equal(["--environment", "Production"], parsed.HostArgs);
        Assert.True(parsed.Flag("public"));
        Assert.Equal(["hierarchy.read", "audit.read"], parsed.Values("scope"));
        Assert.Equal(["https://p.example/cb", "https://p.example/cb2"], parsed.Values("redirect-uri"));
    }

    [Fact]
    public void Parse_NoAdmin_NullSoTheServerStarts()
    {
        Assert.Null(AdminArguments.Parse(["--contentRoot", "admin", "--environment", "Development"]));
        Assert.Null(AdminArguments.Parse([]));
    }

    [Theory]
    [InlineData("--scopes", "Unknown option --scopes")]
    [InlineData("--role", "--role needs a value.")]
    [InlineData("--environment", "--environment needs a value.")]
    public void Parse_BadOption_ErrorNamesIt(string option, string expected)
    {
        var parsed = AdminArguments.Parse(["admin", "register-client", "x", option])!;

        Assert.StartsWith(expected, parsed.Error);
    }
}
