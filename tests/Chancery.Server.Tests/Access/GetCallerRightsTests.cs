using Chancery.Core.Access;
using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using Grpc.Core;

namespace Chancery.Server.Tests.Access;

/// <summary>
/// GetCallerRights answers, unit by unit, the changes the caller may make on a date, by the rule
/// that refuses them: a unit administrator inside the subtree only, a system administrator
/// everywhere and at the top level, a viewer nowhere, and never a permission the token lacks.
/// </summary>
public abstract class GetCallerRightsTests(MatrixFixture fixture)
{
    private static readonly string[] AllWrites = [Scopes.HierarchyWrite, Scopes.PositionsWrite, Scopes.DelegationsWrite];

    private MatrixScenario S => fixture.Scenario;

    private async Task<Dictionary<string, string[]>> RightsAsync(string token, string asOf, params string[] ids)
    {
        var answer = await new V1.Access.AccessClient(S.With(token)).GetCallerRightsAsync(new GetCallerRightsRequest { UnitIds = { ids }, AsOf = asOf });
        Assert.Equal(ids, answer.Units.Select(u => u.UnitId));
        return answer.Units.ToDictionary(u => u.UnitId, u => u.Permissions.Order().ToArray());
    }

    [Fact]
    public async Task UnitAdministrator_InsideTheSubtree_EveryWrite_OutsideAndTopLevelNone()
    {
        var rights = await RightsAsync(S.UnitAdministratorToken, "2024-01-01", S.Inside.Id, S.InsideBelow.Id, S.Outside.Id, S.Province.Id, "");

        Assert.Equal(AllWrites.Order(), rights[S.Inside.Id]);
        Assert.Equal(AllWrites.Order(), rights[S.InsideBelow.Id]);
        Assert.Empty(rights[S.Outside.Id]);
        Assert.Empty(rights[S.Province.Id]);
        Assert.Empty(rights[""]);
    }

    [Fact]
    public async Task SystemAdministrator_EveryUnitAndTheTopLevel_EveryWrite()
    {
        var rights = await RightsAsync(S.SystemAdministratorToken, "", S.Outside.Id, S.Province.Id, "");

        Assert.All(rights.Values, r => Assert.Equal(AllWrites.Order(), r));
    }

    [Fact]
    public async Task ViewerAndAuditor_Nowhere()
    {
        var viewer = await RightsAsync(S.ViewerToken, "", S.Inside.Id, S.Outside.Id, "");
        var auditor = await RightsAsync(S.AuditorToken, "", S.Inside.Id, S.Outside.Id, "");

        Assert.All(viewer.Values.Concat(auditor.Values), Assert.Empty);
    }

    [Fact]
    public async Task Token_WithoutAWriteScope_ThatPermissionNotListed()
    {
        var clientId = "rights-" + Guid.NewGuid().ToString("N")[..10];
        var secret = await S.Host.Tokens.RegisterClientAsync(clientId, [Scopes.HierarchyRead, Scopes.HierarchyWrite], Core.Access.Role.SystemAdministrator);
        var token = await S.Host.Tokens.ClientCredentialsAsync(clientId, secret, [Scopes.HierarchyRead, Scopes.HierarchyWrite]);

        var rights = await RightsAsync(token, "", S.Outside.Id);

        Assert.Equal([Scopes.HierarchyWrite], rights[S.Outside.Id]);
    }

    [Theory]
    [InlineData(Place.Inside)]
    [InlineData(Place.Outside)]
    public async Task Offered_IsExactlyWhatTheServerAllows_CreateChild(Place place)
    {
        var parent = S.Of(place);
        var offered = (await RightsAsync(S.UnitAdministratorToken, "2021-01-01", parent.Id))[parent.Id].Contains(Scopes.HierarchyWrite);

        var outcome = await RpcOutcome.ErrorOf(() => new V1.Units.UnitsClient(S.With(S.UnitAdministratorToken)).CreateUnitAsync(new CreateUnitRequest
        {
            Name = UnitsApi.UniqueName("Phòng Thử quyền"), Kind = UnitKind.Division, ParentId = parent.Id, ValidFrom = "2021-01-01", Reason = "Thử quyền",
        }).ResponseAsync);

        Assert.Equal(place == Place.Inside, offered);
        Assert.Equal(offered, outcome is null);
        Assert.True(offered || outcome!.StatusCode == StatusCode.PermissionDenied);
    }

    [Fact]
    public async Task BadInput_InvalidArgumentNamingTheField()
    {
        var access = new V1.Access.AccessClient(S.With(S.ViewerToken));

        await RpcAssert.InvalidArgument(() => access.GetCallerRightsAsync(new GetCallerRightsRequest()).ResponseAsync, "unit_ids");
        await RpcAssert.InvalidArgument(() => access.GetCallerRightsAsync(new GetCallerRightsRequest { UnitIds = { S.Inside.Id, "not-an-id" } }).ResponseAsync, "unit_ids[1]");
        await RpcAssert.InvalidArgument(() => access.GetCallerRightsAsync(new GetCallerRightsRequest { UnitIds = { Enumerable.Repeat(S.Inside.Id, 201) } }).ResponseAsync, "unit_ids");
        await RpcAssert.InvalidArgument(() => access.GetCallerRightsAsync(new GetCallerRightsRequest { UnitIds = { S.Inside.Id }, AsOf = "2024-02-30" }).ResponseAsync, "as_of");
        await RpcAssert.Fails(StatusCode.NotFound, () => access.GetCallerRightsAsync(new GetCallerRightsRequest { UnitIds = { Guid.NewGuid().ToString() } }).ResponseAsync);
    }
}

public sealed class GetCallerRightsSqliteTests(SqliteMatrixFixture fixture) : GetCallerRightsTests(fixture), IClassFixture<SqliteMatrixFixture>;

public sealed class GetCallerRightsPostgresTests(PostgresMatrixFixture fixture) : GetCallerRightsTests(fixture), IClassFixture<PostgresMatrixFixture>;
