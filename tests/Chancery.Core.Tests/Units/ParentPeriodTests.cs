using Chancery.Core.Units;

namespace Chancery.Core.Tests.Units;

/// <summary>A child's period lies within its parent's (hierarchy.parent-period).</summary>
public sealed class ParentPeriodTests
{
    [Fact]
    public void Create_ChildBeforeParentExists_Refused()
    {
        var h = new TestHierarchy();
        var parent = h.Unit("Tỉnh Phú Thọ", from: "2025-07-01");

        var error = Refused.ByRule(UnitRules.ParentPeriod, () => h.Create("Xã Lương Sơn", parent, from: "2025-06-30"));

        Assert.Contains(Subjects.Unit(parent), error.Violations.Single().Description, StringComparison.Ordinal);
        Assert.Equal(1, h.Snapshot.Count);
    }

    [Fact]
    public void Create_ChildOnParentsFirstDay_Allowed()
    {
        var h = new TestHierarchy();
        var parent = h.Unit("Tỉnh Phú Thọ", from: "2025-07-01");

        var child = h.Create("Xã Lương Sơn", parent, from: "2025-07-01");

        Assert.Equal(parent, child.Version.ParentId);
    }

    [Fact]
    public void Create_ChildAfterParentClosed_Refused()
    {
        var h = new TestHierarchy();
        var parent = h.Unit("Huyện Cao Phong", to: "2025-07-01");

        Refused.ByRule(UnitRules.ParentPeriod, () => h.Create("Xã Bắc Phong", parent, from: "2025-07-01"));
        Refused.ByRule(UnitRules.ParentPeriod, () => h.Create("Xã Bắc Phong", parent, from: "2026-01-01"));
    }

    [Fact]
    public void Create_OpenChildUnderParentThatClosesLater_Refused()
    {
        var h = new TestHierarchy();
        var parent = h.Unit("Huyện Cao Phong", to: "2025-07-01");

        Refused.ByRule(UnitRules.ParentPeriod, () => h.Create("Xã Bắc Phong", parent, from: "2025-01-01"));
    }

    [Fact]
    public void Create_ChildUnderParentThatIsNotYetEstablishedToday_Refused()
    {
        var h = new TestHierarchy { Today = Day("2025-06-01") };
        var parent = h.Unit("Tỉnh Phú Thọ (mới)", from: "2025-07-01");

        Refused.ByRule(UnitRules.ParentPeriod, () => h.Create("Sở Nội vụ", parent));
    }

    [Fact]
    public void Move_UnderClosedParent_Refused()
    {
        var h = new TestHierarchy();
        var closed = h.Unit("Huyện Cao Phong", to: "2025-07-01");
        var unit = h.Unit("Xã Bắc Phong");

        Refused.ByRule(UnitRules.ParentPeriod, () => h.Move(unit, closed, "2025-08-01"));

        Assert.Null(h[unit].Versions.Single().ParentId);
    }

    [Fact]
    public void Move_UnderParentThatClosesLater_Refused()
    {
        var h = new TestHierarchy();
        var closing = h.Unit("Huyện Cao Phong", to: "2025-07-01");
        var unit = h.Unit("Xã Bắc Phong");

        Refused.ByRule(UnitRules.ParentPeriod, () => h.Move(unit, closing, "2025-01-01"));
    }

    [Fact]
    public void Move_UnderParentNotYetEstablished_Refused()
    {
        var h = new TestHierarchy();
        var future = h.Unit("Tỉnh Phú Thọ (mới)", from: "2025-07-01");
        var unit = h.Unit("Xã Lương Sơn");

        Refused.ByRule(UnitRules.ParentPeriod, () => h.Move(unit, future, "2025-06-30"));
    }

    [Fact]
    public void Move_UnderParentFromItsFirstDay_Allowed()
    {
        var h = new TestHierarchy();
        var future = h.Unit("Tỉnh Phú Thọ (mới)", from: "2025-07-01");
        var unit = h.Unit("Xã Lương Sơn");

        h.Move(unit, future, "2025-07-01");

        Assert.Null(h.Snapshot.Get(unit, Day("2025-06-30"))?.Version.ParentId);
        Assert.Equal(future, h.Snapshot.Get(unit, Day("2025-07-01"))?.Version.ParentId);
    }

    [Fact]
    public void Move_LaterVersionUnderParentThatClosed_StillChecked()
    {
        // The move is from 2025-07-01 on; the parent closes 2026-01-01. Every version after the
        // effective date hangs below it, so the child would outlive its parent.
        var h = new TestHierarchy();
        var parent = h.Unit("Huyện Cao Phong", to: "2026-01-01");
        var unit = h.Put(
            TestHierarchy.Version(TestHierarchy.Epoch, "2025-10-01", "Xã Bắc Phong"),
            TestHierarchy.Version("2025-10-01", null, "Xã Bắc Phong mới"));

        Refused.ByRule(UnitRules.ParentPeriod, () => h.Move(unit, parent, "2025-07-01"));
    }
}
