using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;

namespace Chancery.Server.Tests.Access;

/// <summary>
/// The rules of grants: a principal holds a role (over a unit) once, and a grant is revoked once;
/// a refusal stores nothing. A revoked grant does not stand in the way of granting the role again.
/// </summary>
public abstract class GrantRuleTests(HostFixture fixture)
{
    private ChanceryHost Host => fixture.Host;

    [Fact]
    public async Task GrantRole_SameRoleTwice_FailedPreconditionNamingTheGrantAndNothingStored()
    {
        var user = await Host.Tokens.CreateUserAsync("twice.granted");
        var first = await GrantViewerAsync(user.Id);
        var before = await StoreCounts.ReadAsync(Host);

        var failure = await RpcAssert.FailedPrecondition(() => GrantViewerAsync(user.Id), "access.grant-exists");

        Assert.Equal($"grants/{first.Id}", Assert.Single(failure.Violations).Subject);
        Assert.Equal(before, await StoreCounts.ReadAsync(Host));
        var listed = await Host.Access.ListGrantsAsync(new ListGrantsRequest { PrincipalId = user.Id.ToString() });
        Assert.Equal(first.Id, Assert.Single(listed.Grants).Id);
    }

    [Fact]
    public async Task GrantRole_OtherRoleOrAfterRevocation_Granted()
    {
        var user = await Host.Tokens.CreateUserAsync("regranted");
        var viewer = await GrantViewerAsync(user.Id);

        var auditor = await Host.Access.GrantRoleAsync(new GrantRoleRequest
        {
            PrincipalKind = PrincipalKind.User, PrincipalId = user.Id.ToString(), Role = Role.Auditor, Reason = "Kiểm tra",
        });
        await Host.Access.RevokeGrantAsync(new RevokeGrantRequest { GrantId = viewer.Id, Reason = "Thu hồi" });
        var again = await GrantViewerAsync(user.Id);

        Assert.NotEqual(viewer.Id, again.Id);
        Assert.NotEqual(auditor.Grant.Id, again.Id);
    }

    [Fact]
    public async Task RevokeGrant_Twice_FailedPreconditionAndNothingStored()
    {
        var user = await Host.Tokens.CreateUserAsync("revoked.twice");
        var grant = await GrantViewerAsync(user.Id);
        await Host.Access.RevokeGrantAsync(new RevokeGrantRequest { GrantId = grant.Id, Reason = "Thu hồi" });
        var before = await StoreCounts.ReadAsync(Host);

        await RpcAssert.FailedPrecondition(
            () => Host.Access.RevokeGrantAsync(new RevokeGrantRequest { GrantId = grant.Id, Reason = "Lần nữa" }).ResponseAsync,
            "access.already-revoked");

        Assert.Equal(before, await StoreCounts.ReadAsync(Host));
    }

    private async Task<Grant> GrantViewerAsync(Guid userId) =>
        (await Host.Access.GrantRoleAsync(new GrantRoleRequest
        {
            PrincipalKind = PrincipalKind.User, PrincipalId = userId.ToString(), Role = Role.Viewer, Reason = "Cấp quyền xem",
        })).Grant;
}

public sealed class GrantRuleSqliteTests(SqliteFixture fixture) : GrantRuleTests(fixture), IClassFixture<SqliteFixture>;

public sealed class GrantRulePostgresTests(PostgresFixture fixture) : GrantRuleTests(fixture), IClassFixture<PostgresFixture>;
