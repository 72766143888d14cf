using Chancery.Core.Access;
using Chancery.Core.Errors;
using Chancery.Core.Registry;
using Chancery.Core.Time;
using Chancery.Core.Units;

namespace Chancery.Server.Admin;

/// <summary>
/// <c>admin register-client &lt;client_id&gt;</c>: the operator's way to register a client before
/// anyone can sign in. Without <c>--redirect-uri</c> a machine client (client credentials, a secret,
/// optionally a role: <c>--role</c>, <c>--unit</c>); with it an interactive client (authorization
/// code with PKCE, refresh tokens; <c>--public</c> for one without a secret). A secret is printed
/// once. Audited as a change of Chancery itself, like the API's <c>RegisterClient</c> and <c>GrantRole</c>.
/// </summary>
public static class RegisterClientCommandLine
{
    public const string Operation = "cli/register-client";

    public static async Task<int> RunAsync(IServiceProvider services, string clientId, AdminArguments arguments)
    {
        var redirects = arguments.Values("redirect-uri");
        var interactive = redirects.Count > 0;
        Role? role = null;
        Guid? unitId = null;
        if (arguments.Value("role") is { } roleName)
        {
            if (interactive)
            {
                return Refuse("--role is for machine clients; people signing in through an interactive client act with their own roles.");
            }

            if (ParseRole(roleName) is not { } parsed)
            {
                return Refuse($"--role {roleName} is not a role: system-administrator, unit-administrator, viewer or auditor.");
            }

            role = parsed;
            if (arguments.Value("unit") is { } unit)
            {
                unitId = FindUnit(services, unit);
                if (unitId is null)
                {
                    return Refuse($"--unit {unit}: no unit has this id or code today.");
                }
            }
        }
        else if (arguments.Value("unit") is not null)
        {
            return Refuse("--unit goes with --role unit-administrator.");
        }

        var scopes = arguments.Values("scope").SelectMany(s => s.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)).ToList();
        if (scopes.Count == 0)
        {
            return Refuse($"Name the scopes the client may ask for with --scope ({string.Join(", ", Scopes.All)}).");
        }

        var op = new WriteRequest(Operation, Actor.System("command line"), arguments.Value("reason") ?? "Client registered from the command line");
        try
        {
            if (role is { } r)
            {
                // Checked before anything is stored, so that a refused grant leaves no client behind.
                RequireGrantable(r, unitId);
            }

            var client = await services.GetRequiredService<ClientCommands>().RegisterAsync(new RegisterClientCommand(
                clientId, arguments.Value("display-name") ?? clientId, scopes, redirects, arguments.Values("post-logout-redirect-uri"),
                arguments.Flag("public")), op, CancellationToken.None);
            var kind = client.Interactive ? client.Public ? "interactive, public: PKCE without a secret" : "interactive, confidential: PKCE and a secret" : "machine client";
            Console.WriteLine($"Client {client.ClientId} registered ({kind}); scopes {string.Join(' ', client.Scopes)}.");
            if (client.Secret is { } secret)
            {
                Console.WriteLine($"Client secret (shown once): {secret}");
            }

            if (role is { } granted)
            {
                var grant = await services.GetRequiredService<GrantCommands>().GrantAsync(
                    new GrantRoleCommand(PrincipalKind.Client, client.ClientId, granted, unitId), op, CancellationToken.None);
                Console.WriteLine($"Role {grant.Role} granted to client {client.ClientId} (grant {grant.Id}).");
            }

            return 0;
        }
        catch (DomainException ex)
        {
            return Refuse(ex.Message);
        }
    }

    private static void RequireGrantable(Role role, Guid? unitId)
    {
        if ((role == Role.UnitAdministrator) != unitId.HasValue)
        {
            throw new InvalidInputException([new FieldViolation("--unit", role == Role.UnitAdministrator
                ? "A unit administrator is granted a unit (--unit): the top of the subtree administered."
                : "Only a unit administrator's grant names a unit.")]);
        }
    }

    private static Role? ParseRole(string name) =>
        Enum.TryParse<Role>(name.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var role) && Enum.IsDefined(role) && !int.TryParse(name, out _)
            ? role : null;

    private static Guid? FindUnit(IServiceProvider services, string unit)
    {
        var hierarchy = services.GetRequiredService<RegistryState>().Current.Units;
        var today = services.GetRequiredService<RegistryClock>().Today;
        var view = Guid.TryParse(unit, out var id) ? hierarchy.Get(id, today) : hierarchy.GetByCode(unit.Trim(), today);
        return view?.Unit.Id;
    }

    private static int Refuse(string message)
    {
        Console.Error.WriteLine($"Refused: {message}");
        return 1;
    }
}
