using Chancery.Core.Errors;
using Chancery.Core.Positions;

namespace Chancery.Core.Tests.Positions;

/// <summary>Ending an appointment: from a date inside its period, at the version read.</summary>
public sealed class EndAppointmentTests
{
    [Fact]
    public void EndAppointment_InsidePeriod_EndsOnDate()
    {
        var s = new TestStaffing();
        var deputy = s.PositionIn(s.Unit("Ủy ban nhân dân xã Lương Sơn"));
        var appointment = s.AppointmentOf(s.Official(), deputy, from: "2021-01-01");

        var ended = s.EndAppointment(appointment, "2025-07-01");

        Assert.Equal((Day("2025-07-01"), 2L), (ended.To!.Value, s.Appointment(appointment).Version));
        Assert.Null(s.Position(deputy).To);
    }

    [Theory]
    [InlineData("2021-01-01")]
    [InlineData("2020-12-31")]
    [InlineData("2026-01-01")]
    [InlineData("2026-02-01")]
    public void EndAppointment_DateOutsidePeriod_Refused(string effective)
    {
        var s = new TestStaffing();
        var deputy = s.PositionIn(s.Unit("Ủy ban nhân dân xã Lương Sơn"));
        var appointment = s.AppointmentOf(s.Official(), deputy, from: "2021-01-01", to: "2026-01-01");

        Refused.ByRule("appointments.effective-date-in-period", () => s.EndAppointment(appointment, effective));

        Assert.Equal(1, s.Appointment(appointment).Version);
    }

    [Fact]
    public void EndAppointment_StaleVersion_Refused()
    {
        var s = new TestStaffing();
        var deputy = s.PositionIn(s.Unit("Ủy ban nhân dân xã Lương Sơn"));
        var appointment = s.AppointmentOf(s.Official(), deputy, from: "2021-01-01");

        Assert.Throws<StaleVersionException>(() => s.Run(c => PositionChanges.End(c, appointment, Day("2025-07-01"), expectedVersion: 2)));

        Assert.Null(s.Appointment(appointment).To);
    }
}
