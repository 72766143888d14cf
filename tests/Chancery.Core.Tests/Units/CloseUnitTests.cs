using Chancery.Core.Errors;
using Chancery.Core.Units;
using Chancery.Core.Units.Commands;

namespace Chancery.Core.Tests.Units;

public sealed class CloseUnitTests
{
    [Fact]
    public void Close_OnDate_ExistsBeforeNotFrom()
    {
        var h = new TestHierarchy();
        var district = h.Unit("Huyện Cao Phong");

        var closed = h.Close(district, "2025-07-01");

        Assert.Equal(Day("2025-07-01"), closed.Unit.Closed);
        Assert.Equal(Day("2025-07-01"), closed.Version.To);
        Assert.NotNull(h.Snapshot.Get(district, Day("2025-06-30")));
        Assert.Null(h.Snapshot.Get(district, Day("2025-07-01")));
    }

    [Fact]
    public void Close_NoEffectiveDate_FromToday()
    {
        var h = new TestHierarchy { Today = Day("2025-09-02") };
        var unit = h.Unit("Huyện Cao Phong");

        var closed = h.Close(unit, null);

        Assert.Equal(Day("2025-09-02"), closed.Unit.Closed);
    }

    [Fact]
    public void Close_WithChildValidAfterDate_Refused()
    {
        var h = new TestHierarchy();
        var district = h.Unit("Huyện Cao Phong");
        var commune = h.Unit("Xã Bắc Phong", district);

        var error = Refused.ByRule(UnitRules.OpenChildren, () => h.Close(district, "2025-07-01"));

        Assert.Contains(Subjects.Unit(commune), error.Violations.Single().Description, StringComparison.Ordinal);
        Assert.Null(h[district].Closed);
    }

    [Fact]
    public void Close_WithChildClosingAfterDate_Refused()
    {
        var h = new TestHierarchy();
        var district = h.Unit("Huyện Cao Phong");
        h.Unit("Xã Bắc Phong", district, to: "2025-07-02");

        Refused.ByRule(UnitRules.OpenChildren, () => h.Close(district, "2025-07-01"));
    }

    [Fact]
    public void Close_WithChildOnlyInFuture_Refused()
    {
        var h = new TestHierarchy();
        var district = h.Unit("Huyện Cao Phong");
        var other = h.Unit("Tỉnh Phú Thọ");
        var commune = h.Unit("Xã Bắc Phong", other);
        h.Move(commune, district, "2026-01-01");

        Refused.ByRule(UnitRules.OpenChildren, () => h.Close(district, "2025-07-01"));
    }

    [Theory]
    [InlineData("2025-06-01")]
    [InlineData("2025-07-01")]
    public void Close_ChildMovedAwayBeforeOrOnDate_Allowed(string movedOn)
    {
        var h = new TestHierarchy();
        var district = h.Unit("Huyện Cao Phong");
        var province = h.Unit("Tỉnh Phú Thọ");
        var commune = h.Unit("Xã Bắc Phong", district);
        h.Move(commune, province, movedOn);

        h.Close(district, "2025-07-01");

        Assert.Equal(Day("2025-07-01"), h[district].Closed);
        Assert.Equal(district, h.Snapshot.Get(commune, Day("2025-05-31"))?.Version.ParentId);
    }

    [Theory]
    [InlineData("2025-06-01")]
    [InlineData("2025-07-01")]
    public void Close_ChildClosedBeforeOrOnDate_Allowed(string childClosed)
    {
        var h = new TestHierarchy();
        var district = h.Unit("Huyện Cao Phong");
        h.Unit("Xã Bắc Phong", district, to: childClosed);

        h.Close(district, "2025-07-01");

        Assert.Equal(Day("2025-07-01"), h[district].Closed);
    }

    [Fact]
    public void Close_Twice_Refused()
    {
        var h = new TestHierarchy();
        var unit = h.Unit("Huyện Cao Phong");
        h.Close(unit, "2025-07-01");

        Refused.ByRule("hierarchy.already-closed", () => h.Close(unit, "2025-08-01"));
        Refused.ByRule("hierarchy.already-closed", () => h.Close(unit, "2025-06-01"));

        Assert.Equal(Day("2025-07-01"), h[unit].Closed);
    }

    [Theory]
    [InlineData("2020-01-01")]
    [InlineData("2019-12-31")]
    public void Close_OnOrBeforeEstablishment_Refused(string effective)
    {
        var h = new TestHierarchy();
        var unit = h.Unit("Huyện Cao Phong", from: "2020-01-01");

        Refused.ByRule("hierarchy.effective-date-in-period", () => h.Close(unit, effective));
    }

    [Fact]
    public void Close_DayAfterEstablishment_Allowed()
    {
        var h = new TestHierarchy();
        var unit = h.Unit("Huyện Cao Phong", from: "2020-01-01");

        var closed = h.Close(unit, "2020-01-02");

        Assert.Equal(new Chancery.Core.Time.Period(Day("2020-01-01"), Day("2020-01-02")), closed.Unit.Period);
    }

    [Fact]
    public void Close_BeforeLaterVersions_DropsThemKeepsEarlier()
    {
        var h = new TestHierarchy();
        var unit = h.Put(
            TestHierarchy.Version(TestHierarchy.Epoch, "2020-01-01", "Tên 1"),
            TestHierarchy.Version("2020-01-01", "2030-01-01", "Tên 2"),
            TestHierarchy.Version("2030-01-01", null, "Tên 3"));

        h.Close(unit, "2025-07-01");

        Assert.Equal(["Tên 1", "Tên 2"], h[unit].Versions.Select(v => v.Name));
        Assert.Equal(Day("2025-07-01"), h[unit].Versions[^1].To);
    }

    [Fact]
    public void Close_StaleExpectedVersion_Refused()
    {
        var h = new TestHierarchy();
        var unit = h.Unit("Huyện Cao Phong");

        Assert.Throws<StaleVersionException>(() => h.Run(c => CloseUnit.Apply(c, new CloseUnitCommand(unit, 7, Day("2025-07-01")))));

        Assert.Null(h[unit].Closed);
    }

    [Fact]
    public void Close_MissingUnit_NotFound()
    {
        var h = new TestHierarchy();

        Assert.Throws<NotFoundException>(() => h.Run(c => CloseUnit.Apply(c, new CloseUnitCommand(Guid.NewGuid(), 1, null))));
    }
}
