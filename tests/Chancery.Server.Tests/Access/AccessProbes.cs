using Chancery.Core.Access;
using PrincipalKind = Chancery.V1.PrincipalKind;
using Chancery.V1;

namespace Chancery.Server.Tests.Access;

/// <summary>The rows of the Access service: everything on a target user, client or grant of the scenario.</summary>
public static class AccessProbes
{
    private const string Reason = "Kiểm tra ma trận quyền";

    public static IEnumerable<Probe> All() =>
    [
        Write("CreateUser", None,
            (c, _) => c.CreateUserAsync(new CreateUserRequest { UserName = "u." + Guid.NewGuid().ToString("N")[..12], DisplayName = "Người thử", Reason = Reason }).ResponseAsync),
        Write("SetUserPassword", TargetUser,
            (c, t) => c.SetUserPasswordAsync(new SetUserPasswordRequest { UserId = t.UserId, Reason = Reason }).ResponseAsync),
        Write("SetUserDisabled", TargetUser,
            (c, t) => c.SetUserDisabledAsync(new SetUserDisabledRequest { UserId = t.UserId, Disabled = true, Reason = Reason }).ResponseAsync),
        Read("ListUsers", (c, _) => c.ListUsersAsync(new ListUsersRequest { PageSize = 10 }).ResponseAsync),
        Write("RegisterClient", None,
            (c, _) => c.RegisterClientAsync(new RegisterClientRequest
            {
                ClientId = "c-" + Guid.NewGuid().ToString("N")[..12], DisplayName = "Hệ thống thử", Scopes = { Scopes.HierarchyRead }, Reason = Reason,
            }).ResponseAsync),
        Write("RotateClientSecret", (_, _) => Task.FromResult(new Target { ClientId = MatrixScenario.TargetClient }),
            (c, t) => c.RotateClientSecretAsync(new RotateClientSecretRequest { ClientId = t.ClientId, Reason = Reason }).ResponseAsync),
        Write("GrantRole", TargetUser,
            (c, t) => c.GrantRoleAsync(new GrantRoleRequest
            {
                PrincipalKind = PrincipalKind.User, PrincipalId = t.UserId, Role = V1.Role.Viewer, Reason = Reason,
            }).ResponseAsync),
        Write("RevokeGrant", FreshGrant,
            (c, t) => c.RevokeGrantAsync(new RevokeGrantRequest { GrantId = t.GrantId, Reason = Reason }).ResponseAsync),
        Read("ListGrants", (c, _) => c.ListGrantsAsync(new ListGrantsRequest { IncludeRevoked = true }).ResponseAsync),
        // Any role asks which changes it may make; the answer differs, not the outcome (see GetCallerRightsTests).
        new("Access", "GetCallerRights", Scopes.HierarchyRead, Expectations.HierarchyRead,
            (s, place) => Task.FromResult(new Target { Unit = place == Place.Inside ? s.InsideBelow : s.Outside }),
            (invoker, t) => new V1.Access.AccessClient(invoker).GetCallerRightsAsync(new GetCallerRightsRequest { UnitIds = { t.Unit!.Id, "" } }).ResponseAsync),
    ];

    private static Task<Target> None(MatrixScenario s, Place place) => Task.FromResult(new Target());

    /// <summary>A user of its own for each call: a user holds a role once, so the cells cannot share one.</summary>
    private static async Task<Target> TargetUser(MatrixScenario s, Place place) =>
        new() { UserId = (await s.Host.Tokens.CreateUserAsync("target." + Guid.NewGuid().ToString("N")[..12])).Id.ToString() };

    private static async Task<Target> FreshGrant(MatrixScenario s, Place place)
    {
        var user = await TargetUser(s, place);
        var grant = await s.Host.Access.GrantRoleAsync(new GrantRoleRequest
        {
            PrincipalKind = PrincipalKind.User, PrincipalId = user.UserId, Role = V1.Role.Viewer, Reason = "A grant to revoke",
        });
        return new Target { GrantId = grant.Grant.Id };
    }

    private static Probe Read(string method, Func<V1.Access.AccessClient, Target, Task> call) =>
        new("Access", method, Scopes.AccessRead, Expectations.AccessAdministration, None, (invoker, target) => call(new V1.Access.AccessClient(invoker), target));

    private static Probe Write(string method, Func<MatrixScenario, Place, Task<Target>> prepare, Func<V1.Access.AccessClient, Target, Task> call) =>
        new("Access", method, Scopes.AccessWrite, Expectations.AccessAdministration, prepare, (invoker, target) => call(new V1.Access.AccessClient(invoker), target));
}
