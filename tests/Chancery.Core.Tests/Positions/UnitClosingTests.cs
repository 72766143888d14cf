using Chancery.Core.Positions;
using Chancery.Core.Units;
using Chancery.Core.Units.Commands;

namespace Chancery.Core.Tests.Positions;

/// <summary>
/// A unit that closes with its dependants (close_positions, or a plan's dissolution or merger)
/// closes its positions and ends their appointments, through the UnitEnded effect that the
/// positions part reacts to; without, positions.within-unit refuses the closing.
/// </summary>
public sealed class UnitClosingTests
{
    [Fact]
    public void CloseUnit_ClosePositions_PositionsCloseAndAppointmentsEnd()
    {
        var s = new TestStaffing();
        var district = s.Unit("Ủy ban nhân dân huyện Lương Sơn");
        var chairman = s.PositionIn(district, "Chủ tịch", PositionRole.Head);
        var deputy = s.PositionIn(district);
        var held = s.AppointmentOf(s.Official("Nguyễn Văn An"), chairman);
        var concurrent = s.AppointmentOf(s.Official("Trần Thị Bình"), deputy, AppointmentKind.Concurrent);

        s.Run(c => CloseUnit.Apply(c, new CloseUnitCommand(district, 1, Day("2025-07-01"), ClosePositions: true)));

        Assert.Equal(Day("2025-07-01"), s.Units[district].Closed);
        Assert.All(s.PositionsOf(district), p => Assert.Equal((Day("2025-07-01"), 2L), (p.To!.Value, p.Version)));
        Assert.All([s.Appointment(held), s.Appointment(concurrent)], a => Assert.Equal((Day("2025-07-01"), 2L), (a.To!.Value, a.Version)));
    }

    [Fact]
    public void CloseUnit_ClosePositions_PositionClosedEarlierUntouched()
    {
        var s = new TestStaffing();
        var district = s.Unit("Ủy ban nhân dân huyện Lương Sơn");
        var earlier = s.PositionIn(district, to: "2023-01-01");

        s.Run(c => CloseUnit.Apply(c, new CloseUnitCommand(district, 1, Day("2025-07-01"), ClosePositions: true)));

        Assert.Equal((Day("2023-01-01"), 1L), (s.Position(earlier).To!.Value, s.Position(earlier).Version));
    }

    [Fact]
    public void CloseUnit_OpenPositionWithoutClosePositions_Refused()
    {
        var s = new TestStaffing();
        var district = s.Unit("Ủy ban nhân dân huyện Lương Sơn");
        var deputy = s.PositionIn(district);
        var held = s.AppointmentOf(s.Official(), deputy);

        Refused.ByRule(PositionRules.PositionInUnit, () => s.Run(c => CloseUnit.Apply(c, new CloseUnitCommand(district, 1, Day("2025-07-01")))));

        Assert.Null(s.Units[district].Closed);
        Assert.Null(s.Position(deputy).To);
        Assert.Null(s.Appointment(held).To);
    }

    [Fact]
    public void CloseUnit_PositionsClosedByDateWithoutClosePositions_Allowed()
    {
        var s = new TestStaffing();
        var district = s.Unit("Ủy ban nhân dân huyện Lương Sơn");
        s.PositionIn(district, to: "2025-07-01");

        s.Run(c => CloseUnit.Apply(c, new CloseUnitCommand(district, 1, Day("2025-07-01"))));

        Assert.Equal(Day("2025-07-01"), s.Units[district].Closed);
    }

    [Fact]
    public void RaiseUnitEnded_EndDependants_PositionsPartClosesPositions()
    {
        var s = new TestStaffing();
        var district = s.Unit("Ủy ban nhân dân huyện Lương Sơn");
        var deputy = s.PositionIn(district);
        var held = s.AppointmentOf(s.Official(), deputy);
        var context = s.Context();

        context.Raise(new UnitEnded(district, Day("2025-07-01"), EndDependants: true));

        Assert.Equal(Day("2025-07-01"), context.Positions.FindPosition(deputy)!.To);
        Assert.Equal(Day("2025-07-01"), context.Positions.FindAppointment(held)!.To);
    }

    [Fact]
    public void RaiseUnitEnded_WithoutEndDependants_PositionsUntouched()
    {
        var s = new TestStaffing();
        var district = s.Unit("Ủy ban nhân dân huyện Lương Sơn");
        s.PositionIn(district);
        var context = s.Context();

        context.Raise(new UnitEnded(district, Day("2025-07-01"), EndDependants: false));

        Assert.False(context.HasDraft<PositionsDraft>());
    }
}
