using Chancery.Core.Errors;
using Chancery.Core.Units;
using Chancery.Core.Units.Commands;

namespace Chancery.Core.Tests.Units;

public sealed class MoveUnitTests
{
    [Fact]
    public void Move_FromDate_OldParentBeforeNewParentFrom()
    {
        var h = new TestHierarchy();
        var district = h.Unit("Huyện Lương Sơn");
        var province = h.Unit("Tỉnh Phú Thọ");
        var town = h.Unit("Thị trấn Lương Sơn", district);

        var moved = h.Move(town, province, "2025-07-01");

        Assert.Equal(province, moved.Version.ParentId);
        Assert.Equal(Day("2025-07-01"), moved.Version.From);
        Assert.Equal([town], h.Snapshot.Children(district, Day("2025-06-30")).Select(v => v.Unit.Id));
        Assert.Empty(h.Snapshot.Children(district, Day("2025-07-01")));
        Assert.Equal([town], h.Snapshot.Children(province, Day("2025-07-01")).Select(v => v.Unit.Id));
        Assert.Empty(h.Snapshot.Children(province, Day("2025-06-30")));
    }

    [Fact]
    public void Move_ToTopLevel_NoParentFromThatDay()
    {
        var h = new TestHierarchy();
        var province = h.Unit("Tỉnh Phú Thọ");
        var unit = h.Unit("Sở Nội vụ", province);

        h.Move(unit, null, "2025-07-01");

        Assert.Contains(h.Snapshot.Children(null, Day("2025-07-01")), v => v.Unit.Id == unit);
        Assert.DoesNotContain(h.Snapshot.Children(null, Day("2025-06-30")), v => v.Unit.Id == unit);
    }

    [Fact]
    public void Move_NoEffectiveDate_FromToday()
    {
        var h = new TestHierarchy { Today = Day("2025-09-02") };
        var a = h.Unit("Tỉnh A");
        var b = h.Unit("Tỉnh B");
        var unit = h.Unit("Sở", a);

        var moved = h.Move(unit, b, null);

        Assert.Equal(Day("2025-09-02"), moved.Version.From);
    }

    [Fact]
    public void Move_ToCurrentParent_NothingChanges()
    {
        var h = new TestHierarchy();
        var a = h.Unit("Tỉnh A");
        var unit = h.Unit("Sở", a);
        var before = h[unit];

        var context = h.Context();
        var result = MoveUnit.Apply(context, new MoveUnitCommand(unit, a, before.Version, Day("2025-07-01")));

        Assert.Empty(context.ChangedUnits());
        Assert.Equal(before.Version, result.Unit.Version);
    }

    [Fact]
    public void Move_MissingUnit_NotFound()
    {
        var h = new TestHierarchy();
        var a = h.Unit("Tỉnh A");
        var missing = Guid.NewGuid();

        var error = Assert.Throws<NotFoundException>(() => h.Run(c => MoveUnit.Apply(c, new MoveUnitCommand(missing, a, 1, null))));

        Assert.Equal(Subjects.Unit(missing), error.ResourceName);
    }

    [Fact]
    public void Move_MissingParent_NotFound()
    {
        var h = new TestHierarchy();
        var unit = h.Unit("Sở");
        var missing = Guid.NewGuid();

        var error = Assert.Throws<NotFoundException>(() => h.Move(unit, missing, "2025-07-01"));

        Assert.Equal(Subjects.Unit(missing), error.ResourceName);
        Assert.Contains("new_parent_id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Move_StaleExpectedVersion_Refused()
    {
        var h = new TestHierarchy();
        var a = h.Unit("Tỉnh A");
        var b = h.Unit("Tỉnh B");
        var unit = h.Unit("Sở", a);
        var read = h[unit].Version;
        h.Rename(unit, "Sở mới", "2025-01-01");

        var error = Assert.Throws<StaleVersionException>(() => h.Run(c => MoveUnit.Apply(c, new MoveUnitCommand(unit, b, read, Day("2025-07-01")))));

        Assert.Equal(read, error.Expected);
        Assert.Equal(read + 1, error.Actual);
        Assert.Equal(a, h.Snapshot.Get(unit, Day("2025-07-01"))?.Version.ParentId);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    public void Move_NoExpectedVersion_RefusedNamingTheField(long expected)
    {
        var h = new TestHierarchy();
        var unit = h.Unit("Sở");

        Refused.ByField("expected_version", () => h.Run(c => MoveUnit.Apply(c, new MoveUnitCommand(unit, null, expected, null))));
    }

    [Theory]
    [InlineData("1999-12-31")]
    [InlineData("2026-01-01")]
    [InlineData("2027-01-01")]
    public void Move_EffectiveDateOutsideExistence_Refused(string effective)
    {
        var h = new TestHierarchy();
        var a = h.Unit("Tỉnh A");
        var unit = h.Unit("Sở", to: "2026-01-01");

        Refused.ByRule("hierarchy.effective-date-in-period", () => h.Move(unit, a, effective));
    }

    [Fact]
    public void Move_RaisesVersion()
    {
        var h = new TestHierarchy();
        var a = h.Unit("Tỉnh A");
        var unit = h.Unit("Sở");

        var moved = h.Move(unit, a, "2025-07-01");

        Assert.Equal(2, moved.Unit.Version);
        Assert.Equal(2, h[unit].Version);
    }
}
