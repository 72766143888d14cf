using Chancery.Core.Access;
using Chancery.Core.Errors;
using Chancery.Core.Registry;
using Chancery.Core.Storage;

namespace Chancery.Server;

/// <summary>
/// The server's command-line administration, run instead of serving:
/// <c>admin create-system-admin &lt;user_name&gt; [password]</c> (the first system administrator)
/// and <c>admin verify-audit</c>. Both use the configured database and are audited like any change.
/// </summary>
public static class AdminCommandLine
{
    public static bool IsAdmin(string[] args) => args.Length > 0 && args[0] == "admin";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var services = app.Services;
        var database = services.GetRequiredService<ChanceryDatabase>();
        if (database.Options.MigrateOnStart)
        {
            await database.MigrateAsync(CancellationToken.None);
        }

        await services.GetRequiredService<RegistryState>().LoadAsync(CancellationToken.None);
        if (Admin.AdminTools.Match(args) is { } tool)
        {
            return await tool(services, CancellationToken.None);
        }

        var rest = args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        switch (rest)
        {
            case ["create-system-admin", var userName, .. var more]:
                return await CreateSystemAdministratorAsync(services, userName, more.FirstOrDefault());
            default:
                Console.Error.WriteLine("usage: Chancery.Server admin create-system-admin <user_name> [password]");
                Array.ForEach(Admin.AdminTools.Usage, Console.Error.WriteLine);
                return 2;
        }
    }

    /// <summary>A refusal (a name taken, a bad name or password) is printed and exits 1, not as a crash.</summary>
    private static async Task<int> CreateSystemAdministratorAsync(IServiceProvider services, string userName, string? password)
    {
        var op = new WriteRequest("cli/create-system-admin", Actor.System("command line"), "First system administrator, from the command line");
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
