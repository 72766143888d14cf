using Chancery.Core.Errors;
using Chancery.Core.Positions;

namespace Chancery.Core.Tests.Positions;

/// <summary>Closing a position: with end_appointments its holders' appointments end then too; without, a held position stays open.</summary>
public sealed class ClosePositionTests
{
    [Fact]
    public void ClosePosition_EndAppointments_PositionAndAppointmentsEndOnDate()
    {
        var s = new TestStaffing();
        var deputy = s.PositionIn(s.Unit("Ủy ban nhân dân xã Lương Sơn"));
        var permanent = s.AppointmentOf(s.Official("Nguyễn Văn An"), deputy, AppointmentKind.Permanent, from: "2021-01-01");
        var concurrent = s.AppointmentOf(s.Official("Trần Thị Bình"), deputy, AppointmentKind.Concurrent, from: "2022-01-01", to: "2027-01-01");

        var closed = s.ClosePosition(deputy, "2025-07-01", endAppointments: true);

        Assert.Equal((Day("2025-07-01"), 2L), (closed.To!.Value, s.Position(deputy).Version));
        Assert.All([s.Appointment(permanent), s.Appointment(concurrent)], a => Assert.Equal((Day("2025-07-01"), 2L), (a.To!.Value, a.Version)));
    }

    [Fact]
    public void ClosePosition_EndAppointments_EndedAppointmentUntouched()
    {
        var s = new TestStaffing();
        var deputy = s.PositionIn(s.Unit("Ủy ban nhân dân xã Lương Sơn"));
        var earlier = s.AppointmentOf(s.Official(), deputy, from: "2016-07-01", to: "2021-07-01");

        s.ClosePosition(deputy, "2025-07-01", endAppointments: true);

        Assert.Equal((Day("2021-07-01"), 1L), (s.Appointment(earlier).To!.Value, s.Appointment(earlier).Version));
    }

    [Fact]
    public void ClosePosition_HeldWithoutEndAppointments_Refused()
    {
        var s = new TestStaffing();
        var deputy = s.PositionIn(s.Unit("Ủy ban nhân dân xã Lương Sơn"));
        var held = s.AppointmentOf(s.Official(), deputy, from: "2021-01-01");

        Refused.ByRule(PositionRules.AppointmentInPosition, () => s.ClosePosition(deputy, "2025-07-01", endAppointments: false));

        Assert.Null(s.Position(deputy).To);
        Assert.Null(s.Appointment(held).To);
    }

    [Fact]
    public void ClosePosition_HeldUntilDateWithoutEndAppointments_Allowed()
    {
        var s = new TestStaffing();
        var deputy = s.PositionIn(s.Unit("Ủy ban nhân dân xã Lương Sơn"));
        s.AppointmentOf(s.Official(), deputy, from: "2021-01-01", to: "2025-07-01");

        var closed = s.ClosePosition(deputy, "2025-07-01", endAppointments: false);

        Assert.Equal(Day("2025-07-01"), closed.To);
    }

    [Fact]
    public void ClosePosition_EndAppointmentsWithAppointmentStartingLater_Refused()
    {
        var s = new TestStaffing();
        var deputy = s.PositionIn(s.Unit("Ủy ban nhân dân xã Lương Sơn"));
        s.AppointmentOf(s.Official(), deputy, from: "2026-01-01");

        Refused.ByRule(PositionRules.AppointmentInPosition, () => s.ClosePosition(deputy, "2025-07-01", endAppointments: true));
    }

    [Theory]
    [InlineData("2016-07-01")]
    [InlineData("2016-06-30")]
    [InlineData("2027-01-01")]
    [InlineData("2027-06-01")]
    public void ClosePosition_DateOutsidePeriod_Refused(string effective)
    {
        var s = new TestStaffing();
        var deputy = s.PositionIn(s.Unit("Ủy ban nhân dân xã Lương Sơn"), from: "2016-07-01", to: "2027-01-01");

        Refused.ByRule("positions.effective-date-in-period", () => s.ClosePosition(deputy, effective, endAppointments: true));

        Assert.Equal(1, s.Position(deputy).Version);
    }

    [Fact]
    public void ClosePosition_DayAfterStart_Allowed()
    {
        var s = new TestStaffing();
        var deputy = s.PositionIn(s.Unit("Ủy ban nhân dân xã Lương Sơn"), from: "2016-07-01");

        var closed = s.ClosePosition(deputy, "2016-07-02", endAppointments: false);

        Assert.Equal(new Chancery.Core.Time.Period(Day("2016-07-01"), Day("2016-07-02")), closed.Period);
    }

    [Fact]
    public void ClosePosition_StaleVersion_Refused()
    {
        var s = new TestStaffing();
        var deputy = s.PositionIn(s.Unit("Ủy ban nhân dân xã Lương Sơn"));

        Assert.Throws<StaleVersionException>(() => s.Run(c => PositionChanges.Close(c, deputy, Day("2025-07-01"), true, expectedVersion: 5)));

        Assert.Null(s.Position(deputy).To);
    }
}
