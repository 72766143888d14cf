using Chancery.Core.Access;
using Chancery.Core.Errors;
using Chancery.Core.Registry;
using Chancery.Core.Storage;
using Chancery.Server.Admin;

namespace Chancery.Server;

/// <summary>
/// The server's command-line administration, run instead of serving (<see cref="AdminArguments"/>
/// says how the line is read): <c>admin create-system-admin &lt;user_name&gt; [password]</c> (the
/// first system administrator), <c>admin register-client</c> (<see cref="RegisterClientCommandLine"/>)
/// and <c>admin verify-audit</c>. They use the configured database, and changes are audited like any other.
/// </summary>
public static class AdminCommandLine
{
    /// <summary>Set in the host's configuration when it runs an admin command rather than serving.</summary>
    public const string ConfigurationKey = "Chancery:AdminCommandLine";

    private static readonly string[] UsageLines =
    [
        "usage: Chancery.Server [configuration] admin create-system-admin <user_name> [password]",
        "       Chancery.Server [configuration] admin register-client <client_id> --scope <scope>... [--display-name <name>]",
        "                  [--role system-administrator|unit-administrator|viewer|auditor [--unit <unit id or code>]]   (a machine client)",
        "       Chancery.Server [configuration] admin register-client <client_id> --scope <scope>... --redirect-uri <uri>...",
        "                  [--post-logout-redirect-uri <uri>...] [--public] [--display-name <name>]   (an interactive client)",
        "       Chancery.Server [configuration] admin verify-audit [--checkpoint FILE]",
        "       Chancery.Server [configuration] admin audit-checkpoint [FILE]",
        "       Chancery.Server [configuration] admin backup FILE        (SQLite; PostgreSQL: pg_dump, see the README)",
        "       Chancery.Server [configuration] admin restore FILE       (SQLite, server stopped; the backup's audit chain is verified first)",
        "  configuration (before or after the command): --contentRoot <dir>, --environment <name>, --Section:Key=value;",
        "  every change also takes --reason <text> for the audit trail.",
    ];

    /// <summary>Prints why the line was refused and the usage; exit code 2.</summary>
    public static int Usage(string? problem = null)
    {
        if (problem is not null)
        {
            Console.Error.WriteLine(problem);
        }

        foreach (var line in UsageLines)
        {
            Console.Error.WriteLine(line);
        }

        return 2;
    }

    /// <summary>Builds the host from the line's host options and runs the command; a configuration that cannot run is refused with its reason, exit 1.</summary>
    public static async Task<int> RunAsync(AdminArguments arguments)
    {
        if (arguments.Error is { } error)
        {
            return Usage(error);
        }

        WebApplication app;
        try
        {
            var builder = WebApplication.CreateBuilder([.. arguments.HostArgs, $"--{ConfigurationKey}=true"]);
            builder.AddChanceryServer();
            app = builder.Build();
        }
        catch (InvalidOperationException ex)
        {
            Console.Error.WriteLine($"Refused: the configuration cannot run Chancery: {ex.Message}");
            return 1;
        }

        await using (app)
        {
            return await RunAsync(app, arguments);
        }
    }

    private static async Task<int> RunAsync(WebApplication app, AdminArguments arguments)
    {
        var services = app.Services;
        var database = services.GetRequiredService<ChanceryDatabase>();
        if (database.Options.MigrateOnStart)
        {
            await database.MigrateAsync(CancellationToken.None);
        }

        await services.GetRequiredService<RegistryState>().LoadAsync(CancellationToken.None);
        if (AdminTools.Match(arguments) is { } tool)
        {
            return await tool(services, CancellationToken.None);
        }

        var rest = arguments.Words.ToArray();
        switch (rest)
        {
            case ["create-system-admin", var userName, .. var more] when more.Length <= 1:
                return await CreateSystemAdministratorAsync(services, userName, more.FirstOrDefault(), arguments.Value("reason"));
            case ["register-client", var clientId]:
                return await RegisterClientCommandLine.RunAsync(services, clientId, arguments);
            default:
                return Usage(rest.Length == 0 ? "Name a command after admin." : $"Not a command line of admin: {string.Join(' ', rest)}.");
        }
    }

    /// <summary>A refusal (a name taken, a bad name or password) is printed and exits 1, not as a crash.</summary>
    private static async Task<int> CreateSystemAdministratorAsync(IServiceProvider services, string userName, string? password, string? reason)
    {
        var op = new WriteRequest("cli/create-system-admin", Actor.System("command line"), reason ?? "First system administrator, from the command line");
        try
        {
            var created = await services.GetRequiredService<UserCommands>().CreateAsync(
                new CreateUserCommand(userName, userName, password), op, CancellationToken.None);
            await services.GetRequiredService<GrantCommands>().GrantAsync(
                new GrantRoleCommand(PrincipalKind.User, created.User.Id.ToString(), Role.SystemAdministrator, null), op, CancellationToken.None);
            Console.WriteLine($"System administrator {created.User.UserName} created (id {created.User.Id}).");
            Console.WriteLine($"Password (shown once): {created.Password}");
            return 0;
        }
        catch (DomainException ex)
        {
            Console.Error.WriteLine($"Refused: {ex.Message}");
            return 1;
        }
    }
}
