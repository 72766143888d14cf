using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using Grpc.Core;

namespace Chancery.Server.Tests.Access;

/// <summary>
/// A refused call stores nothing: no change-log entry, no audit entry, no changed row — also when
/// the refusal comes after a first check passed. (The matrix asserts the counts for every refused
/// cell; these look at the objects too.)
/// </summary>
public abstract class RefusedCallTests(MatrixFixture fixture)
{
    private MatrixScenario S => fixture.Scenario;

    [Fact]
    public async Task MoveUnit_UnitInsideButNewParentOutside_StoresNothing()
    {
        var unit = await S.NewUnitAsync(Place.Inside);
        var before = await StoreCounts.ReadAsync(S.Host);

        await Denial.Of(() => new V1.Units.UnitsClient(S.With(S.UnitAdministratorToken)).MoveUnitAsync(new MoveUnitRequest
        {
            Id = unit.Id, NewParentId = S.Outside.Id, ExpectedVersion = unit.Version, EffectiveDate = "2024-01-01",
        }).ResponseAsync);

        Assert.Equal(before, await StoreCounts.ReadAsync(S.Host));
        var history = await S.Host.Units.GetUnitHistoryAsync(new GetUnitHistoryRequest { Id = unit.Id });
        Assert.Equal(S.Inside.Id, Assert.Single(history.Versions).ParentId);
        Assert.Equal(unit.Version, history.Versions[0].Version);
    }

    [Fact]
    public async Task GrantRole_UnitAdministratorMakingThemselfSystemAdministrator_StoresNothing()
    {
        var before = await StoreCounts.ReadAsync(S.Host);

        var denial = await Denial.Of(() => new V1.Access.AccessClient(S.With(S.UnitAdministratorToken)).GrantRoleAsync(new GrantRoleRequest
        {
            PrincipalKind = V1.PrincipalKind.User, PrincipalId = S.UnitAdministratorId.ToString(), Role = V1.Role.SystemAdministrator,
        }).ResponseAsync);

        Assert.Equal("SYSTEM_ADMINISTRATOR_ONLY", denial.Reason);
        Assert.Equal(before, await StoreCounts.ReadAsync(S.Host));
        var grants = await S.Host.Access.ListGrantsAsync(new ListGrantsRequest { PrincipalId = S.UnitAdministratorId.ToString(), IncludeRevoked = true });
        Assert.Equal(V1.Role.UnitAdministrator, Assert.Single(grants.Grants).Role);
    }

    [Fact]
    public async Task CreateUser_ByViewer_StoresNothing()
    {
        var before = await StoreCounts.ReadAsync(S.Host);

        await Denial.Of(() => new V1.Access.AccessClient(S.With(S.ViewerToken)).CreateUserAsync(new CreateUserRequest
        {
            UserName = "refused.user", DisplayName = "Không được tạo",
        }).ResponseAsync);

        Assert.Equal(before, await StoreCounts.ReadAsync(S.Host));
        var users = await S.Host.Access.ListUsersAsync(new ListUsersRequest { PageSize = 1000 });
        Assert.DoesNotContain(users.Users, u => u.UserName == "refused.user");
    }

    [Fact]
    public async Task CreateUnit_WithoutToken_StoresNothing()
    {
        var name = UnitsApi.UniqueName("Phòng Vô danh");
        var before = await StoreCounts.ReadAsync(S.Host);

        await RpcAssert.Fails(StatusCode.Unauthenticated, () => new V1.Units.UnitsClient(S.With(null)).CreateUnitAsync(new CreateUnitRequest
        {
            Name = name, Kind = UnitKind.Division, ParentId = S.Inside.Id,
        }).ResponseAsync);

        Assert.Equal(before, await StoreCounts.ReadAsync(S.Host));
        var found = await S.Host.Units.SearchUnitsAsync(new SearchUnitsRequest { Query = name });
        Assert.Empty(found.Units);
    }
}

public sealed class RefusedCallSqliteTests(SqliteMatrixFixture fixture) : RefusedCallTests(fixture), IClassFixture<SqliteMatrixFixture>;

public sealed class RefusedCallPostgresTests(PostgresMatrixFixture fixture) : RefusedCallTests(fixture), IClassFixture<PostgresMatrixFixture>;
