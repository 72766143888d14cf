using Chancery.Core.Errors;
using Chancery.Core.Positions;

namespace Chancery.Core.Tests.Positions;

/// <summary>appointments.within-position: an appointment lies within its position's period.</summary>
public sealed class AppointmentInPositionTests
{
    [Fact]
    public void Appoint_BeforePositionExists_Refused()
    {
        var s = new TestStaffing();
        var chairman = s.PositionIn(s.Unit("Ủy ban nhân dân xã Lương Sơn"), "Chủ tịch", PositionRole.Head, from: "2016-07-01");

        Refused.ByRule(PositionRules.AppointmentInPosition, () => s.Appoint(s.Official(), chairman, from: "2016-01-01"));

        Assert.Empty(s.AppointmentsTo(chairman));
    }

    [Fact]
    public void Appoint_OpenEndedInPositionThatCloses_Refused()
    {
        var s = new TestStaffing();
        var deputy = s.PositionIn(s.Unit("Ủy ban nhân dân xã Lương Sơn"), to: "2026-01-01");

        Refused.ByRule(PositionRules.AppointmentInPosition, () => s.Appoint(s.Official(), deputy, from: "2021-01-01"));
    }

    [Fact]
    public void Appoint_EndingAfterPositionCloses_Refused()
    {
        var s = new TestStaffing();
        var deputy = s.PositionIn(s.Unit("Ủy ban nhân dân xã Lương Sơn"), to: "2026-01-01");

        Refused.ByRule(PositionRules.AppointmentInPosition, () => s.Appoint(s.Official(), deputy, from: "2021-01-01", to: "2026-01-02"));
    }

    [Fact]
    public void Appoint_UntilPositionCloses_Allowed()
    {
        var s = new TestStaffing();
        var deputy = s.PositionIn(s.Unit("Ủy ban nhân dân xã Lương Sơn"), from: "2016-07-01", to: "2026-01-01");

        var appointment = s.Appoint(s.Official(), deputy, from: "2016-07-01", to: "2026-01-01");

        Assert.Equal(new Chancery.Core.Time.Period(Day("2016-07-01"), Day("2026-01-01")), s.Appointment(appointment.Id).Period);
    }

    [Fact]
    public void Appoint_MissingOfficial_NotFound()
    {
        var s = new TestStaffing();
        var deputy = s.PositionIn(s.Unit("Ủy ban nhân dân xã Lương Sơn"));

        Assert.Throws<NotFoundException>(() => s.Appoint(s.Units.NewId(), deputy));
    }
}
