using Chancery.Core.Units;

namespace Chancery.Core.Tests.Units;

/// <summary>A unit never lies below itself, at any date (hierarchy.no-cycle).</summary>
public sealed class NoCycleTests
{
    [Fact]
    public void Move_UnderOwnChild_Refused()
    {
        var h = new TestHierarchy();
        var province = h.Unit("Tỉnh Phú Thọ");
        var commune = h.Unit("Xã Lương Sơn", province);

        var error = Refused.ByRule(UnitRules.NoCycle, () => h.Move(province, commune, "2025-07-01"));

        Assert.Equal(Chancery.Core.Units.Subjects.Unit(province), error.Violations.Single().Subject);
        Assert.Null(h[province].Versions.Single().ParentId);
    }

    [Fact]
    public void Move_UnderGrandchild_Refused()
    {
        var h = new TestHierarchy();
        var province = h.Unit("Tỉnh Phú Thọ");
        var committee = h.Unit("UBND tỉnh", province);
        var office = h.Unit("Văn phòng UBND tỉnh", committee);
        var division = h.Unit("Phòng Hành chính", office);

        Refused.ByRule(UnitRules.NoCycle, () => h.Move(committee, division, "2025-07-01"));
        Refused.ByRule(UnitRules.NoCycle, () => h.Move(province, division, "2025-07-01"));
    }

    [Fact]
    public void Move_UnderItself_RefusedAsInput()
    {
        var h = new TestHierarchy();
        var unit = h.Unit("Tỉnh Phú Thọ");

        Refused.ByField("new_parent_id", () => h.Move(unit, unit, "2025-07-01"));
    }

    [Fact]
    public void Move_UnderSiblingsChild_Allowed()
    {
        var h = new TestHierarchy();
        var province = h.Unit("Tỉnh Phú Thọ");
        var a = h.Unit("Sở A", province);
        var b = h.Unit("Sở B", province);
        var bChild = h.Unit("Phòng B1", b);

        h.Move(a, bChild, "2025-07-01");

        Assert.Equal([province, b, bChild], h.Snapshot.Ancestors(h.Snapshot.Get(a, Day("2025-07-01"))!.Value, Day("2025-07-01")).Select(v => v.Unit.Id));
    }

    [Fact]
    public void Move_UnderUnitThatMovesBelowInFuture_Refused()
    {
        // B is not below A today, but a recorded move puts it below A from 2027: moving A under B
        // from 2026 makes a cycle from 2027 on only.
        var h = new TestHierarchy();
        var a = h.Unit("Đơn vị A");
        var b = h.Unit("Đơn vị B");
        h.Move(b, a, "2027-01-01");

        var error = Refused.ByRule(UnitRules.NoCycle, () => h.Move(a, b, "2026-01-01"));

        Assert.Contains("[2026-01-01, …)", error.Violations.Single().Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Move_FutureMoveMakingCycleFromThenOn_Refused()
    {
        // Today C hangs below B below A. From 2030 A would hang below C: a cycle from 2030 only.
        var h = new TestHierarchy();
        var a = h.Unit("Đơn vị A");
        var b = h.Unit("Đơn vị B", a);
        var c = h.Unit("Đơn vị C", b);

        Refused.ByRule(UnitRules.NoCycle, () => h.Move(a, c, "2030-01-01"));
    }

    [Fact]
    public void Move_BelowUnitThatLeavesBeforeTheMove_Allowed()
    {
        // C hangs below A until 2026, then moves away; from 2026 A may hang below C.
        var h = new TestHierarchy();
        var a = h.Unit("Đơn vị A");
        var c = h.Unit("Đơn vị C", a);
        var other = h.Unit("Đơn vị khác");
        h.Move(c, other, "2026-01-01");

        h.Move(a, c, "2026-01-01");

        Assert.Equal(c, h.Snapshot.Get(a, Day("2026-01-01"))?.Version.ParentId);
        Assert.Null(h.Snapshot.Get(a, Day("2025-12-31"))?.Version.ParentId);
    }

    [Fact]
    public void Move_BelowUnitThatLeavesAfterTheMove_Refused()
    {
        // C hangs below A until 2026: A below C from 2025 is a cycle over [2025, 2026) only.
        var h = new TestHierarchy();
        var a = h.Unit("Đơn vị A");
        var c = h.Unit("Đơn vị C", a);
        var other = h.Unit("Đơn vị khác");
        h.Move(c, other, "2026-01-01");

        Refused.ByRule(UnitRules.NoCycle, () => h.Move(a, c, "2025-01-01"));
    }

    [Fact]
    public void Move_BelowUnitThatWasBelowInPastOnly_RefusedFromPastAllowedLater()
    {
        // B was below A until 2022, then below Other. A below B from 2020 makes a cycle over
        // [2020, 2022); from 2023 it does not.
        var h = new TestHierarchy();
        var a = h.Unit("Đơn vị A");
        var other = h.Unit("Đơn vị khác");
        var b = h.Put(
            TestHierarchy.Version(TestHierarchy.Epoch, "2022-01-01", "Đơn vị B", a),
            TestHierarchy.Version("2022-01-01", null, "Đơn vị B", other));

        Refused.ByRule(UnitRules.NoCycle, () => h.Move(a, b, "2020-01-01"));
        h.Move(a, b, "2023-01-01");

        Assert.Equal(b, h.Snapshot.Get(a, Day("2023-01-01"))?.Version.ParentId);
    }

    [Fact]
    public void Move_IndirectCycleThroughIntermediateFutureMove_Refused()
    {
        // Today: A, B, C all at the top. From 2026 B below A; from 2027 C below B.
        // Then A below C from 2028 closes A → C → B → A.
        var h = new TestHierarchy();
        var a = h.Unit("Đơn vị A");
        var b = h.Unit("Đơn vị B");
        var c = h.Unit("Đơn vị C");
        h.Move(b, a, "2026-01-01");
        h.Move(c, b, "2027-01-01");

        Refused.ByRule(UnitRules.NoCycle, () => h.Move(a, c, "2028-01-01"));
        Refused.ByRule(UnitRules.NoCycle, () => h.Move(a, c, "2025-01-01"));
    }

    [Fact]
    public void Move_ChainLinksValidAtDisjointDates_Allowed()
    {
        // C hangs below X until 2022; X hangs below A only from 2023. A below C from 2020 reaches
        // A again only if both links held on one date, which they never do.
        var h = new TestHierarchy();
        var a = h.Unit("Đơn vị A");
        var other = h.Unit("Đơn vị khác");
        var x = h.Put(
            TestHierarchy.Version(TestHierarchy.Epoch, "2023-01-01", "Đơn vị X", other),
            TestHierarchy.Version("2023-01-01", null, "Đơn vị X", a));
        var c = h.Put(
            TestHierarchy.Version(TestHierarchy.Epoch, "2022-01-01", "Đơn vị C", x),
            TestHierarchy.Version("2022-01-01", null, "Đơn vị C", other));

        h.Move(a, c, "2020-01-01");

        Assert.Equal([other, x, c], h.Snapshot.Ancestors(h.Snapshot.Get(a, Day("2021-01-01"))!.Value, Day("2021-01-01")).Select(v => v.Unit.Id));
    }

    [Fact]
    public void Move_ChainLinksValidOnSameDate_Refused()
    {
        // As above, but C hangs below X until 2024: both links hold over [2023, 2024).
        var h = new TestHierarchy();
        var a = h.Unit("Đơn vị A");
        var other = h.Unit("Đơn vị khác");
        var x = h.Put(
            TestHierarchy.Version(TestHierarchy.Epoch, "2023-01-01", "Đơn vị X", other),
            TestHierarchy.Version("2023-01-01", null, "Đơn vị X", a));
        var c = h.Put(
            TestHierarchy.Version(TestHierarchy.Epoch, "2024-01-01", "Đơn vị C", x),
            TestHierarchy.Version("2024-01-01", null, "Đơn vị C", other));

        Refused.ByRule(UnitRules.NoCycle, () => h.Move(a, c, "2020-01-01"));
    }

    [Fact]
    public void Move_TopUnderBottomOfLongChain_Refused()
    {
        var h = new TestHierarchy();
        var top = h.Unit("Cấp 0");
        var bottom = top;
        for (var level = 1; level <= 30; level++)
        {
            bottom = h.Unit($"Cấp {level}", bottom);
        }

        Refused.ByRule(UnitRules.NoCycle, () => h.Move(top, bottom, "2025-07-01"));
    }
}
