using Chancery.Core.Positions;

namespace Chancery.Core.Tests.Positions;

/// <summary>positions.one-head: a unit has at most one head position at any date, today or later.</summary>
public sealed class OneHeadTests
{
    [Fact]
    public void CreatePosition_SecondHeadInUnit_Refused()
    {
        var s = new TestStaffing();
        var committee = s.Unit("Ủy ban nhân dân xã Lương Sơn");
        s.PositionIn(committee, "Chủ tịch", PositionRole.Head, from: "2016-07-01");

        Refused.ByRule(PositionRules.OneHead, () => s.CreatePosition(committee, "2021-01-01", PositionRole.Head, "Chủ tịch"));

        Assert.Single(s.PositionsOf(committee));
    }

    [Fact]
    public void CreatePosition_HeadsOverlapOnlyInFuture_Refused()
    {
        var s = new TestStaffing();
        var committee = s.Unit("Ủy ban nhân dân xã Lương Sơn");
        s.PositionIn(committee, "Chủ tịch", PositionRole.Head, from: "2016-07-01", to: "2027-01-01");

        Refused.ByRule(PositionRules.OneHead, () => s.CreatePosition(committee, "2026-06-01", PositionRole.Head, "Chủ tịch"));

        Assert.Single(s.PositionsOf(committee));
    }

    [Fact]
    public void CreatePosition_HeadWhereOnlyFutureHeadExists_Refused()
    {
        var s = new TestStaffing();
        var committee = s.Unit("Ủy ban nhân dân xã Lương Sơn");
        s.PositionIn(committee, "Chủ tịch", PositionRole.Head, from: "2030-01-01");

        Refused.ByRule(PositionRules.OneHead, () => s.CreatePosition(committee, "2025-10-01", PositionRole.Head, "Chủ tịch"));
    }

    [Fact]
    public void CreatePosition_HeadFromDayPreviousHeadClosed_Allowed()
    {
        var s = new TestStaffing();
        var committee = s.Unit("Ủy ban nhân dân xã Lương Sơn");
        s.PositionIn(committee, "Chủ tịch", PositionRole.Head, from: "2016-07-01", to: "2021-01-01");

        var head = s.CreatePosition(committee, "2021-01-01", PositionRole.Head, "Chủ tịch");

        Assert.Equal([Day("2016-07-01"), Day("2021-01-01")], s.PositionsOf(committee).Select(p => p.From));
        Assert.Equal(PositionRole.Head, s.Position(head.Id).Role);
    }

    [Fact]
    public void CreatePosition_HeadInOtherUnitAndSecondDeputy_Allowed()
    {
        var s = new TestStaffing();
        var committee = s.Unit("Ủy ban nhân dân xã Lương Sơn");
        var other = s.Unit("Ủy ban nhân dân xã Cư Yên");
        s.PositionIn(committee, "Chủ tịch", PositionRole.Head);
        s.PositionIn(committee, "Phó Chủ tịch", PositionRole.Deputy);

        s.CreatePosition(other, "2021-01-01", PositionRole.Head, "Chủ tịch");
        s.CreatePosition(committee, "2021-01-01", PositionRole.Deputy, "Phó Chủ tịch");

        Assert.Equal(3, s.PositionsOf(committee).Count());
        Assert.Single(s.PositionsOf(other));
    }
}
