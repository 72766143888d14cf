using Chancery.Core.Positions;

namespace Chancery.Core.Tests.Positions;

/// <summary>
/// appointments.one-holder: at most one permanent or acting holder of a position at any date;
/// a concurrent appointment (kiêm nhiệm) may stand beside the holder. appointments.duplicate: an
/// official holds a position once at a time.
/// </summary>
public sealed class OneHolderTests
{
    [Theory]
    [InlineData(AppointmentKind.Permanent, AppointmentKind.Permanent)]
    [InlineData(AppointmentKind.Permanent, AppointmentKind.Acting)]
    [InlineData(AppointmentKind.Acting, AppointmentKind.Permanent)]
    [InlineData(AppointmentKind.Acting, AppointmentKind.Acting)]
    public void Appoint_SecondHolderOverlapping_Refused(AppointmentKind held, AppointmentKind second)
    {
        var s = new TestStaffing();
        var chairman = s.PositionIn(s.Unit("Ủy ban nhân dân xã Lương Sơn"), "Chủ tịch", PositionRole.Head);
        s.AppointmentOf(s.Official("Nguyễn Văn An"), chairman, held, from: "2021-01-01");

        Refused.ByRule(PositionRules.OneHolder, () => s.Appoint(s.Official("Trần Thị Bình"), chairman, second, from: "2023-05-01"));

        Assert.Single(s.AppointmentsTo(chairman));
    }

    [Fact]
    public void Appoint_HoldersOverlapOnlyInFuture_Refused()
    {
        var s = new TestStaffing();
        var chairman = s.PositionIn(s.Unit("Ủy ban nhân dân xã Lương Sơn"), "Chủ tịch", PositionRole.Head);
        s.AppointmentOf(s.Official("Nguyễn Văn An"), chairman, from: "2021-01-01", to: "2027-01-01");

        Refused.ByRule(PositionRules.OneHolder, () => s.Appoint(s.Official("Trần Thị Bình"), chairman, from: "2026-01-01"));
    }

    [Fact]
    public void Appoint_ConcurrentBesideHolder_Allowed()
    {
        var s = new TestStaffing();
        var deputy = s.PositionIn(s.Unit("Ủy ban nhân dân xã Lương Sơn"));
        s.AppointmentOf(s.Official("Nguyễn Văn An"), deputy, AppointmentKind.Permanent, from: "2021-01-01");

        s.Appoint(s.Official("Trần Thị Bình"), deputy, AppointmentKind.Concurrent, from: "2023-05-01");

        Assert.Equal([AppointmentKind.Permanent, AppointmentKind.Concurrent], s.AppointmentsTo(deputy).Select(a => a.Kind));
    }

    [Fact]
    public void Appoint_HolderFromDayPreviousEnded_Allowed()
    {
        var s = new TestStaffing();
        var chairman = s.PositionIn(s.Unit("Ủy ban nhân dân xã Lương Sơn"), "Chủ tịch", PositionRole.Head);
        s.AppointmentOf(s.Official("Nguyễn Văn An"), chairman, AppointmentKind.Acting, from: "2021-01-01", to: "2021-06-01");

        s.Appoint(s.Official("Trần Thị Bình"), chairman, AppointmentKind.Permanent, from: "2021-06-01");

        Assert.Equal(2, s.AppointmentsTo(chairman).Count());
    }

    [Theory]
    [InlineData(AppointmentKind.Permanent)]
    [InlineData(AppointmentKind.Concurrent)]
    public void Appoint_SameOfficialOverlapping_RefusedAsDuplicate(AppointmentKind again)
    {
        var s = new TestStaffing();
        var deputy = s.PositionIn(s.Unit("Ủy ban nhân dân xã Lương Sơn"));
        var official = s.Official();
        s.AppointmentOf(official, deputy, AppointmentKind.Concurrent, from: "2021-01-01", to: "2026-01-01");

        Refused.ByRule("appointments.duplicate", () => s.Appoint(official, deputy, again, from: "2025-01-01"));

        Assert.Single(s.AppointmentsTo(deputy));
    }

    [Fact]
    public void Appoint_SameOfficialAfterPreviousEnded_Allowed()
    {
        var s = new TestStaffing();
        var deputy = s.PositionIn(s.Unit("Ủy ban nhân dân xã Lương Sơn"));
        var official = s.Official();
        s.AppointmentOf(official, deputy, from: "2016-07-01", to: "2021-07-01");

        s.Appoint(official, deputy, from: "2021-07-01");

        Assert.All(s.AppointmentsTo(deputy), a => Assert.Equal(official, a.OfficialId));
        Assert.Equal(2, s.AppointmentsTo(deputy).Count());
    }
}
