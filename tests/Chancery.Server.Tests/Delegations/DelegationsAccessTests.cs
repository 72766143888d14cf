using Chancery.Core.Access;
using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using Google.Rpc;
using Grpc.Core;
using Role = Chancery.Core.Access.Role;

namespace Chancery.Server.Tests.Delegations;

/// <summary>Who may delegate: a unit administrator whose subtree holds the unit over the whole period; a viewer reads but writes nothing.</summary>
public abstract class DelegationsAccessTests(HostFixture fixture)
{
    private ChanceryHost Host => fixture.Host;

    private async Task<(Staffing Inside, Staffing Outside, Unit District, V1.Delegations.DelegationsClient UnitAdministrator)> SubtreeAsync()
    {
        var province = await Host.Units.CreateRootAsync();
        var district = await Host.Units.CreateAsync(UnitsApi.UniqueName("Huyện Lương Sơn"), UnitKind.District, province, "2005-01-01");
        var inside = await Staffing.CreateAsync(Host, district);
        var outside = await Staffing.CreateAsync(Host, province);
        return (inside, outside, district, new V1.Delegations.DelegationsClient(Host.With(await TokenAsync(Role.UnitAdministrator, Guid.Parse(district.Id)))));
    }

    private Task<string> TokenAsync(Role role, Guid? unitId = null) => Host.Tokens.TokenForRoleAsync(role, unitId, "deleg");

    private static Task<ErrorInfo> Denied(Func<Task> call) => RpcAssert.PermissionDenied(call);

    [Fact]
    public async Task UnitAdministrator_InsideSubtree_AssignsAndRevokes()
    {
        var (inside, _, _, unitAdministrator) = await SubtreeAsync();

        var d = (await unitAdministrator.AssignAsync(inside.Assigning(inside.Deputy1, "noi-vu"))).Delegation;
        var revoked = (await unitAdministrator.RevokeAsync(new RevokeRequest { Id = d.Id, ExpectedVersion = 1, EffectiveDate = "2020-01-01" })).Delegation;

        Assert.Equal("2020-01-01", revoked.RevokedFrom);
    }

    [Fact]
    public async Task UnitAdministrator_OutsideSubtree_PermissionDeniedAndStoresNothing()
    {
        var (_, outside, _, unitAdministrator) = await SubtreeAsync();
        var d = (await new V1.Delegations.DelegationsClient(Host.With(Host.AdminToken)).AssignAsync(outside.Assigning(outside.Deputy1, "noi-vu"))).Delegation;
        var before = await DelegationCounts.ReadAsync(Host);

        var assign = await Denied(() => unitAdministrator.AssignAsync(outside.Assigning(outside.Deputy2, "y-te")).ResponseAsync);
        await Denied(() => unitAdministrator.AuthorizeAsync(outside.Authorizing()).ResponseAsync);
        await Denied(() => unitAdministrator.GrantByOrderAsync(outside.Granting("Công văn")).ResponseAsync);
        await Denied(() => unitAdministrator.RevokeAsync(new RevokeRequest { Id = d.Id, ExpectedVersion = 1, EffectiveDate = "2020-01-01" }).ResponseAsync);
        await Denied(() => unitAdministrator.RevokeAsync(new RevokeRequest { Id = Guid.NewGuid().ToString(), ExpectedVersion = 1, EffectiveDate = "2020-01-01" }).ResponseAsync);

        Assert.Equal(("OUTSIDE_SUBTREE", $"delegations.write on units/{outside.Committee.Id}"), (assign.Reason, assign.Metadata["permission"]));
        Assert.Equal(before, await DelegationCounts.ReadAsync(Host));
    }

    [Fact]
    public async Task UnitAdministrator_UnitMovedOutOfSubtree_JudgedOverTheDelegationsPeriod()
    {
        var (inside, outside, _, unitAdministrator) = await SubtreeAsync();
        var province = (await Host.Units.GetAsync(outside.Committee.Id)).ParentId;
        await Host.Units.MoveUnitAsync(new MoveUnitRequest { Id = inside.Committee.Id, NewParentId = province, ExpectedVersion = inside.Committee.Version, EffectiveDate = "2025-07-01" });

        await Denied(() => unitAdministrator.AssignAsync(inside.Assigning(inside.Deputy1, "noi-vu")).ResponseAsync);
        var bounded = (await unitAdministrator.AssignAsync(new AssignRequest(inside.Assigning(inside.Deputy1, "noi-vu")) { ValidTo = "2025-07-01" })).Delegation;

        Assert.Equal("2025-07-01", bounded.ValidTo);
    }

    [Fact]
    public async Task Viewer_ReadsButWritesNothing()
    {
        var (inside, _, _, _) = await SubtreeAsync();
        var viewer = new V1.Delegations.DelegationsClient(Host.With(await TokenAsync(Role.Viewer)));

        await RpcAssert.Fails(StatusCode.PermissionDenied, () => viewer.AssignAsync(inside.Assigning(inside.Deputy1, "noi-vu")).ResponseAsync);
        var answer = await viewer.ResolveAuthorityAsync(new ResolveAuthorityRequest { UnitId = inside.Committee.Id, AsOf = "2017-07-11" });

        Assert.Single(answer.Signers);
    }
}

public sealed class DelegationsAccessSqliteTests(SqliteFixture fixture) : DelegationsAccessTests(fixture), IClassFixture<SqliteFixture>;

public sealed class DelegationsAccessPostgresTests(PostgresFixture fixture) : DelegationsAccessTests(fixture), IClassFixture<PostgresFixture>;
