using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;

namespace Chancery.Server.Tests.Positions;

/// <summary>EndAppointment: from a date inside the appointment, with the version read; the position is vacant from then.</summary>
public abstract class EndAppointmentTests(HostFixture fixture)
{
    private ChanceryHost Host => fixture.Host;

    private V1.Positions.PositionsClient Positions => Host.Positions;

    private async Task<(Unit Committee, V1.Appointment Appointment)> AppointedAsync()
    {
        var committee = await Host.Units.CreateCommitteeAsync();
        var chairman = await Positions.CreatePositionAsync(committee, "Chủ tịch", PositionRole.Head, "2016-07-01");
        var official = await Positions.CreateOfficialAsync("Nguyễn Vũ Chi");
        return (committee, await Positions.AppointAsync(official, chairman, validFrom: "2016-07-01"));
    }

    private Task<EndAppointmentResponse> End(V1.Appointment appointment, string effective, long? version = null) =>
        Positions.EndAppointmentAsync(new EndAppointmentRequest
        {
            Id = appointment.Id, ExpectedVersion = version ?? appointment.Version, EffectiveDate = effective, Reason = "Nghỉ hưu",
        }).ResponseAsync;

    [Fact]
    public async Task EndAppointment_InsideItsPeriod_PositionVacantFromTheDate()
    {
        var (committee, appointment) = await AppointedAsync();

        var ended = (await End(appointment, "2021-07-01")).Appointment;

        Assert.Equal(("2021-07-01", 2L, "Nguyễn Vũ Chi", "Chủ tịch"), (ended.ValidTo, ended.Version, ended.OfficialName, ended.PositionTitle));
        Assert.False((await Positions.HeadAsync(committee, "2021-06-30")).Head.Vacant);
        var after = (await Positions.HeadAsync(committee, "2021-07-01")).Head;
        Assert.True(after.Vacant);
        Assert.Empty(after.Holders);
    }

    [Fact]
    public async Task EndAppointment_NoDate_EndsToday()
    {
        var (_, appointment) = await AppointedAsync();

        var ended = (await End(appointment, "")).Appointment;

        Assert.Equal("2026-06-15", ended.ValidTo);
    }

    [Fact]
    public async Task EndAppointment_DateOutsideItsPeriod_FailedPreconditionAndStoresNothing()
    {
        var (_, appointment) = await AppointedAsync();
        var ended = (await End(appointment, "2021-07-01")).Appointment;
        var before = await PositionCounts.ReadAsync(Host);

        await RpcAssert.FailedPrecondition(() => End(ended, "2016-07-01"), "appointments.effective-date-in-period");
        await RpcAssert.FailedPrecondition(() => End(ended, "2015-01-01"), "appointments.effective-date-in-period");
        await RpcAssert.FailedPrecondition(() => End(ended, "2022-01-01"), "appointments.effective-date-in-period");

        Assert.Equal(before, await PositionCounts.ReadAsync(Host));
    }

    [Fact]
    public async Task EndAppointment_StaleVersion_AbortedAndStoresNothing()
    {
        var (_, appointment) = await AppointedAsync();
        await End(appointment, "2030-01-01");
        var before = await PositionCounts.ReadAsync(Host);

        await RpcAssert.Aborted(() => End(appointment, "2021-07-01"));

        Assert.Equal(before, await PositionCounts.ReadAsync(Host));
    }

    [Fact]
    public async Task EndAppointment_UnknownAppointment_NotFound()
    {
        await RpcAssert.NotFound(() => Positions.EndAppointmentAsync(new EndAppointmentRequest
        {
            Id = Guid.NewGuid().ToString(), ExpectedVersion = 1, EffectiveDate = "2021-07-01",
        }).ResponseAsync);
    }

    [Fact]
    public async Task EndAppointment_BadInput_InvalidArgument()
    {
        var (_, appointment) = await AppointedAsync();

        await RpcAssert.InvalidArgument(() => Positions.EndAppointmentAsync(new EndAppointmentRequest
        {
            Id = "appointment-1", ExpectedVersion = 1, EffectiveDate = "1 July 2021",
        }).ResponseAsync, "id", "effective_date");
        await RpcAssert.InvalidArgument(() => Positions.EndAppointmentAsync(new EndAppointmentRequest
        {
            Id = appointment.Id, ExpectedVersion = 0, EffectiveDate = "2021-07-01",
        }).ResponseAsync, "expected_version");
        await RpcAssert.InvalidArgument(() => Positions.EndAppointmentAsync(new EndAppointmentRequest
        {
            Id = appointment.Id, ExpectedVersion = 1, EffectiveDate = "2021-07-01", Reason = new string('x', 5000),
        }).ResponseAsync, "reason");
    }
}

public sealed class EndAppointmentSqliteTests(SqliteFixture fixture) : EndAppointmentTests(fixture), IClassFixture<SqliteFixture>;

public sealed class EndAppointmentPostgresTests(PostgresFixture fixture) : EndAppointmentTests(fixture), IClassFixture<PostgresFixture>;
