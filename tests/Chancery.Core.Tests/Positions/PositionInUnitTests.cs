using Chancery.Core.Errors;
using Chancery.Core.Positions;

namespace Chancery.Core.Tests.Positions;

/// <summary>positions.within-unit: a position lies within its unit's existence.</summary>
public sealed class PositionInUnitTests
{
    [Fact]
    public void CreatePosition_BeforeUnitExists_Refused()
    {
        var s = new TestStaffing();
        var committee = s.Unit("Ủy ban nhân dân xã Lương Sơn", from: "2020-01-01");

        Refused.ByRule(PositionRules.PositionInUnit, () => s.CreatePosition(committee, "2019-06-01"));

        Assert.Empty(s.PositionsOf(committee));
    }

    [Fact]
    public void CreatePosition_OpenEndedInUnitThatCloses_Refused()
    {
        var s = new TestStaffing();
        var district = s.Unit("Ủy ban nhân dân huyện Lương Sơn", to: "2025-07-01");

        Refused.ByRule(PositionRules.PositionInUnit, () => s.CreatePosition(district, "2021-01-01"));
    }

    [Fact]
    public void CreatePosition_AfterUnitClosed_Refused()
    {
        var s = new TestStaffing();
        var district = s.Unit("Ủy ban nhân dân huyện Lương Sơn", to: "2025-07-01");

        Refused.ByRule(PositionRules.PositionInUnit, () => s.CreatePosition(district, "2025-08-01"));
    }

    [Fact]
    public void CreatePosition_FromUnitsFirstDay_Allowed()
    {
        var s = new TestStaffing();
        var committee = s.Unit("Ủy ban nhân dân xã Lương Sơn", from: "2025-07-01");

        var position = s.CreatePosition(committee, "2025-07-01");

        Assert.Equal((committee, Day("2025-07-01"), (DateOnly?)null), (s.Position(position.Id).UnitId, position.From, position.To));
    }

    [Fact]
    public void CreatePosition_MissingUnit_NotFound()
    {
        var s = new TestStaffing();

        Assert.Throws<NotFoundException>(() => s.CreatePosition(s.Units.NewId(), "2021-01-01"));
    }
}
