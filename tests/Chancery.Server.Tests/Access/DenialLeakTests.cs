using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using Google.Protobuf.WellKnownTypes;

namespace Chancery.Server.Tests.Access;

/// <summary>
/// A unit administrator learns nothing from a denial about units outside the subtree: asking to
/// change one that does not exist gets the same PERMISSION_DENIED (reason, permission, message,
/// the id aside) as asking to change one that exists. A system administrator, who may see, gets
/// NOT_FOUND for the missing one.
/// </summary>
public abstract class DenialLeakTests(MatrixFixture fixture)
{
    private MatrixScenario S => fixture.Scenario;

    private V1.Units.UnitsClient UnitAdministrator => new(S.With(S.UnitAdministratorToken));

    public static TheoryData<string> Changes => new() { "UpdateUnit", "MoveUnit", "CloseUnit", "CreateUnit", "MoveUnitToNewParent" };

    /// <summary>The change as the unit administrator asks it, on a unit (or parent) with this id and version.</summary>
    private Task Change(V1.Units.UnitsClient units, string change, string id, long version) => change switch
    {
        "UpdateUnit" => units.UpdateUnitAsync(new UpdateUnitRequest
        {
            Id = id, Name = "Phòng Đổi tên", UpdateMask = new FieldMask { Paths = { "name" } }, ExpectedVersion = version, EffectiveDate = "2024-01-01",
        }).ResponseAsync,
        "MoveUnit" => units.MoveUnitAsync(new MoveUnitRequest { Id = id, NewParentId = S.InsideBelow.Id, ExpectedVersion = version, EffectiveDate = "2024-01-01" }).ResponseAsync,
        "CloseUnit" => units.CloseUnitAsync(new CloseUnitRequest { Id = id, ExpectedVersion = version, EffectiveDate = "2024-01-01" }).ResponseAsync,
        "CreateUnit" => units.CreateUnitAsync(new CreateUnitRequest { Name = UnitsApi.UniqueName("Phòng Mới"), Kind = UnitKind.Division, ParentId = id, ValidFrom = "2024-01-01" }).ResponseAsync,
        "MoveUnitToNewParent" => MoveInsideUnitUnder(units, id),
        _ => throw new ArgumentOutOfRangeException(nameof(change)),
    };

    private async Task MoveInsideUnitUnder(V1.Units.UnitsClient units, string parentId)
    {
        var unit = await S.NewUnitAsync(Place.Inside);
        await units.MoveUnitAsync(new MoveUnitRequest { Id = unit.Id, NewParentId = parentId, ExpectedVersion = unit.Version, EffectiveDate = "2024-01-01" });
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task ChangeOutsideSubtree_MissingUnit_SameDenialAsExistingUnit(string change)
    {
        var existing = await S.NewUnitAsync(Place.Outside);
        var missing = Guid.NewGuid().ToString();

        var onExisting = await Denial.Of(() => Change(UnitAdministrator, change, existing.Id, existing.Version));
        var onMissing = await Denial.Of(() => Change(UnitAdministrator, change, missing, existing.Version));

        Assert.Equal("OUTSIDE_SUBTREE", onExisting.Reason);
        Assert.Equal($"hierarchy.write on units/{existing.Id}", onExisting.Permission);
        Assert.Equal(onExisting.Naming(existing.Id), onMissing.Naming(missing));
        await RpcAssert.NotFound(() => Change(S.Host.Units, change, missing, existing.Version));
    }
}

public sealed class DenialLeakSqliteTests(SqliteMatrixFixture fixture) : DenialLeakTests(fixture), IClassFixture<SqliteMatrixFixture>;

public sealed class DenialLeakPostgresTests(PostgresMatrixFixture fixture) : DenialLeakTests(fixture), IClassFixture<PostgresMatrixFixture>;
