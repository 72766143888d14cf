using Chancery.Core.Access;
using Chancery.Core.Registry;
using Chancery.Core.Units;

namespace Chancery.Server.Demo;

/// <summary>
/// ILLUSTRATIVE DEMO ACCOUNTS, Development only: a system administrator, a unit administrator of
/// Huyện Lương Sơn, a viewer, an auditor, and one machine client with the read scopes. Their
/// passwords and secret are generated and printed once, when made.
/// </summary>
public static class DemoAccess
{
    public const string SystemAdministrator = "quantri";
    public const string UnitAdministrator = "canbo.luongson";
    public const string Viewer = "xem";
    public const string Auditor = "kiemtoan";
    public const string MachineClient = "demo-agency";

    public static async Task<IReadOnlyList<string>> SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var users = services.GetRequiredService<UserCommands>();
        var grants = services.GetRequiredService<GrantCommands>();
        var clients = services.GetRequiredService<ClientCommands>();
        var registry = services.GetRequiredService<RegistryState>();
        var op = new WriteRequest("demo/access", Actor.System("demo data"), "Tài khoản minh họa (demo)");
        var lines = new List<string>();

        async Task User(string name, string display, Role role, Guid? unit = null)
        {
            var created = await users.CreateAsync(new CreateUserCommand(name, display, null), op, ct);
            await grants.GrantAsync(new GrantRoleCommand(PrincipalKind.User, created.User.Id.ToString(), role, unit), op, ct);
            lines.Add($"  {role,-20} user {name,-16} password {created.Password}");
        }

        await User(SystemAdministrator, "Quản trị hệ thống (demo)", Role.SystemAdministrator);
        var luongSon = registry.Current.Units.GetByCode(DemoHierarchy.Codes.LuongSon, new DateOnly(2017, 7, 11));
        await User(UnitAdministrator, "Cán bộ tổ chức huyện Lương Sơn (demo)", Role.UnitAdministrator, luongSon?.Unit.Id);
        await User(Viewer, "Người xem (demo)", Role.Viewer);
        await User(Auditor, "Kiểm toán viên (demo)", Role.Auditor);

        var client = await clients.RegisterAsync(new RegisterClientCommand(MachineClient, "Hệ thống quản lý văn bản (demo)", Scopes.Reads.Where(s => s != Scopes.AuditRead && s != Scopes.AccessRead).ToList(), [], [], false), op, ct);
        await grants.GrantAsync(new GrantRoleCommand(PrincipalKind.Client, MachineClient, Role.Viewer, null), op, ct);
        lines.Add($"  {"machine client",-20} client_id {MachineClient} client_secret {client.Secret} scopes {string.Join(' ', client.Scopes)}");
        return lines;
    }
}
