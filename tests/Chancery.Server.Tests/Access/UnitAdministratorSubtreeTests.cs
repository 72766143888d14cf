using Chancery.Core.Access;
using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using Google.Protobuf.WellKnownTypes;

namespace Chancery.Server.Tests.Access;

/// <summary>
/// A unit administrator changes units only inside the subtree: a move needs the unit, its old
/// parent and its new parent; a close the unit and its parent; a creation the parent; each judged
/// on the hierarchy at the effective date.
/// </summary>
public abstract class UnitAdministratorSubtreeTests(MatrixFixture fixture)
{
    private MatrixScenario S => fixture.Scenario;

    private V1.Units.UnitsClient Admin => S.Host.Units;

    private V1.Units.UnitsClient UnitAdministrator => new(S.With(S.UnitAdministratorToken));

    private static MoveUnitRequest Move(Unit unit, Unit? parent, string effective = "2024-01-01") =>
        new() { Id = unit.Id, NewParentId = parent?.Id ?? "", ExpectedVersion = unit.Version, EffectiveDate = effective };

    [Fact]
    public async Task MoveUnit_InsideUnitToParentOutside_DeniedNamingNewParent()
    {
        var unit = await S.NewUnitAsync(Place.Inside);

        var denial = await Denial.Of(() => UnitAdministrator.MoveUnitAsync(Move(unit, S.Outside)).ResponseAsync);

        Assert.Equal(("OUTSIDE_SUBTREE", $"hierarchy.write on units/{S.Outside.Id}"), (denial.Reason, denial.Permission));
        Assert.Equal(S.Inside.Id, (await Admin.GetAsync(unit.Id, "2024-01-01")).ParentId);
    }

    [Fact]
    public async Task MoveUnit_OutsideUnitIntoSubtree_DeniedNamingUnit()
    {
        var unit = await S.NewUnitAsync(Place.Outside);

        var denial = await Denial.Of(() => UnitAdministrator.MoveUnitAsync(Move(unit, S.InsideBelow)).ResponseAsync);

        Assert.Equal($"hierarchy.write on units/{unit.Id}", denial.Permission);
    }

    [Fact]
    public async Task MoveUnit_TopOfSubtreeToTopLevel_DeniedNamingOldParent()
    {
        var denial = await Denial.Of(() => UnitAdministrator.MoveUnitAsync(Move(S.Inside, null)).ResponseAsync);

        Assert.Equal($"hierarchy.write on units/{S.Province.Id}", denial.Permission);
    }

    [Fact]
    public async Task MoveUnit_InsideUnitToTopLevel_DeniedNamingTopLevel()
    {
        var unit = await S.NewUnitAsync(Place.Inside);

        var denial = await Denial.Of(() => UnitAdministrator.MoveUnitAsync(Move(unit, null)).ResponseAsync);

        Assert.Equal("hierarchy.write on the top level", denial.Permission);
    }

    [Fact]
    public async Task MoveUnit_BetweenTwoAdministeredSubtrees_Allowed()
    {
        var other = await Admin.CreateAsync(UnitsApi.UniqueName("Huyện Thứ hai"), UnitKind.District, S.Province, "2010-01-01");
        var user = await S.Host.Tokens.CreateUserAsync("two.subtrees", Core.Access.Role.UnitAdministrator, Guid.Parse(S.Inside.Id));
        await S.Host.Access.GrantRoleAsync(new GrantRoleRequest
        {
            PrincipalKind = V1.PrincipalKind.User, PrincipalId = user.Id.ToString(), Role = V1.Role.UnitAdministrator, UnitId = other.Id,
        });
        var token = (await S.Host.Tokens.SignInAsync("two.subtrees", user.Password, Scopes.All)).AccessToken;
        var unit = await S.NewUnitAsync(Place.Inside);

        var moved = await new V1.Units.UnitsClient(S.With(token)).MoveUnitAsync(Move(unit, other));

        Assert.Equal(other.Id, moved.Unit.ParentId);
    }

    [Fact]
    public async Task CloseUnit_TopOfSubtree_DeniedNamingParent()
    {
        var leaf = await S.NewUnitAsync(Place.Outside);
        var user = await S.Host.Tokens.CreateUserAsync("leaf.admin", Core.Access.Role.UnitAdministrator, Guid.Parse(leaf.Id));
        var token = (await S.Host.Tokens.SignInAsync("leaf.admin", user.Password, Scopes.All)).AccessToken;
        var units = new V1.Units.UnitsClient(S.With(token));

        var denial = await Denial.Of(() => units.CloseUnitAsync(new CloseUnitRequest { Id = leaf.Id, ExpectedVersion = leaf.Version, EffectiveDate = "2025-01-01" }).ResponseAsync);
        var renamed = await units.UpdateUnitAsync(new UpdateUnitRequest
        {
            Id = leaf.Id, Name = "Phòng Được đổi tên", UpdateMask = new FieldMask { Paths = { "name" } }, ExpectedVersion = leaf.Version, EffectiveDate = "2025-01-01",
        });

        Assert.Equal($"hierarchy.write on units/{S.Outside.Id}", denial.Permission);
        Assert.Equal("Phòng Được đổi tên", renamed.Unit.Name);
    }

    [Fact]
    public async Task CreateUnit_AtTopLevel_DeniedNamingTopLevel()
    {
        var denial = await Denial.Of(() => UnitAdministrator.CreateUnitAsync(new CreateUnitRequest
        {
            Name = UnitsApi.UniqueName("Tỉnh Tự lập"), Kind = UnitKind.Province, ValidFrom = "2024-01-01",
        }).ResponseAsync);

        Assert.Equal(("OUTSIDE_SUBTREE", "hierarchy.write on the top level"), (denial.Reason, denial.Permission));
    }

    [Fact]
    public async Task UpdateUnit_MovedIntoSubtreeLater_AllowedFromThatDateOnly()
    {
        var unit = await S.NewUnitAsync(Place.Outside);
        var moved = (await Admin.MoveUnitAsync(Move(unit, S.InsideBelow, "2025-01-01"))).Unit;
        UpdateUnitRequest Rename(string effective) => new()
        {
            Id = unit.Id, Name = UnitsApi.UniqueName("Phòng Sáp nhập"), UpdateMask = new FieldMask { Paths = { "name" } },
            ExpectedVersion = moved.Version, EffectiveDate = effective,
        };

        var denial = await Denial.Of(() => UnitAdministrator.UpdateUnitAsync(Rename("2024-12-31")).ResponseAsync);
        var renamed = await UnitAdministrator.UpdateUnitAsync(Rename("2025-01-01"));

        Assert.Equal($"hierarchy.write on units/{unit.Id}", denial.Permission);
        Assert.Equal(S.InsideBelow.Id, renamed.Unit.ParentId);
    }

    [Fact]
    public async Task UpdateUnit_ReachingPastAMoveOutOfTheSubtree_Denied()
    {
        var unit = await S.NewUnitAsync(Place.Inside);
        var moved = (await Admin.MoveUnitAsync(Move(unit, S.Outside, "2027-01-01"))).Unit;
        var rename = new UpdateUnitRequest
        {
            Id = unit.Id, Name = "Phòng đổi tên", ExpectedVersion = moved.Version,
            UpdateMask = new FieldMask { Paths = { "name" } }, EffectiveDate = "2024-01-01",
        };

        var denial = await Denial.Of(() => UnitAdministrator.UpdateUnitAsync(rename).ResponseAsync);

        Assert.Equal(("OUTSIDE_SUBTREE", $"hierarchy.write on units/{unit.Id}"), (denial.Reason, denial.Permission));
        Assert.Equal(unit.Name, (await Admin.GetAsync(unit.Id, "2026-06-01")).Name);
    }
}

public sealed class UnitAdministratorSubtreeSqliteTests(SqliteMatrixFixture fixture) : UnitAdministratorSubtreeTests(fixture), IClassFixture<SqliteMatrixFixture>;

public sealed class UnitAdministratorSubtreePostgresTests(PostgresMatrixFixture fixture) : UnitAdministratorSubtreeTests(fixture), IClassFixture<PostgresMatrixFixture>;
