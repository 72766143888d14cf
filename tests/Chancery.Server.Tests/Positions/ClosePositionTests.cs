using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;

namespace Chancery.Server.Tests.Positions;

/// <summary>ClosePosition: refused while an appointment runs on past the date, unless end_appointments ends it then too.</summary>
public abstract class ClosePositionTests(HostFixture fixture)
{
    private ChanceryHost Host => fixture.Host;

    private V1.Positions.PositionsClient Positions => Host.Positions;

    private Task<ClosePositionResponse> Close(Position position, string effective, bool endAppointments = false, long? version = null) =>
        Positions.ClosePositionAsync(new ClosePositionRequest
        {
            Id = position.Id, ExpectedVersion = version ?? position.Version, EffectiveDate = effective, EndAppointments = endAppointments, Reason = "Sắp xếp tổ chức bộ máy",
        }).ResponseAsync;

    [Fact]
    public async Task ClosePosition_Vacant_EndsOnTheDate()
    {
        var committee = await Host.Units.CreateCommitteeAsync();
        var position = await Positions.CreatePositionAsync(committee, "Phó Chủ tịch", PositionRole.Deputy, "2016-07-01");

        var closed = (await Close(position, "2025-07-01")).Position;

        Assert.Equal(("2025-07-01", 2L), (closed.ValidTo, closed.Version));
        Assert.Single((await Positions.ListAsync(committee, "2025-06-30")).Positions);
        Assert.Empty((await Positions.ListAsync(committee, "2025-07-01")).Positions);
    }

    [Fact]
    public async Task ClosePosition_AppointmentRunsOn_FailedPreconditionAndStoresNothing()
    {
        var committee = await Host.Units.CreateCommitteeAsync();
        var position = await Positions.CreatePositionAsync(committee, "Chủ tịch", PositionRole.Head, "2016-07-01");
        var official = await Positions.CreateOfficialAsync("Nguyễn Vũ Chi");
        await Positions.AppointAsync(official, position, validFrom: "2016-07-01");
        var before = await PositionCounts.ReadAsync(Host);

        await RpcAssert.FailedPrecondition(() => Close(position, "2025-07-01"), "appointments.within-position");

        Assert.Equal(before, await PositionCounts.ReadAsync(Host));
        Assert.Equal("", (await Positions.HeadAsync(committee, "2025-07-01")).Head.Position.ValidTo);
    }

    [Fact]
    public async Task ClosePosition_AppointmentEndedBefore_Allowed()
    {
        var committee = await Host.Units.CreateCommitteeAsync();
        var position = await Positions.CreatePositionAsync(committee, "Chủ tịch", PositionRole.Head, "2016-07-01");
        var official = await Positions.CreateOfficialAsync("Trần Hải Lâm");
        await Positions.AppointAsync(official, position, validFrom: "2016-07-01", validTo: "2021-07-01");

        var closed = (await Close(position, "2025-07-01")).Position;

        Assert.Equal("2025-07-01", closed.ValidTo);
        Assert.Equal("2021-07-01", Assert.Single(await Positions.AppointmentsOfAsync(official)).ValidTo);
    }

    [Fact]
    public async Task ClosePosition_WithEndAppointments_HoldersAppointmentsEndOnTheDate()
    {
        var committee = await Host.Units.CreateCommitteeAsync();
        var position = await Positions.CreatePositionAsync(committee, "Chủ tịch", PositionRole.Head, "2016-07-01");
        var chairman = await Positions.CreateOfficialAsync("Quách Tất Liêm");
        var concurrent = await Positions.CreateOfficialAsync("Bùi Văn Lực");
        var past = await Positions.CreateOfficialAsync("Đinh Công Sứ");
        await Positions.AppointAsync(past, position, validFrom: "2016-07-01", validTo: "2020-01-01");
        await Positions.AppointAsync(chairman, position, validFrom: "2020-01-01");
        await Positions.AppointAsync(concurrent, position, AppointmentKind.Concurrent, "2021-01-01", "2030-01-01");

        var closed = (await Close(position, "2025-07-01", endAppointments: true)).Position;

        Assert.Equal("2025-07-01", closed.ValidTo);
        Assert.Equal("2025-07-01", Assert.Single(await Positions.AppointmentsOfAsync(chairman)).ValidTo);
        Assert.Equal("2025-07-01", Assert.Single(await Positions.AppointmentsOfAsync(concurrent)).ValidTo);
        var untouched = Assert.Single(await Positions.AppointmentsOfAsync(past));
        Assert.Equal(("2020-01-01", 1L), (untouched.ValidTo, untouched.Version));
        Assert.Equal([chairman.Id, concurrent.Id], (await Positions.HeadAsync(committee, "2025-06-30")).Head.Holders.Select(h => h.Official.Id));
    }

    [Fact]
    public async Task ClosePosition_StaleVersion_Aborted()
    {
        var committee = await Host.Units.CreateCommitteeAsync();
        var position = await Positions.CreatePositionAsync(committee, "Phó Chủ tịch", PositionRole.Deputy, "2016-07-01");
        await Close(position, "2030-01-01");
        var before = await PositionCounts.ReadAsync(Host);

        await RpcAssert.Aborted(() => Close(position, "2025-07-01", version: 1));

        Assert.Equal(before, await PositionCounts.ReadAsync(Host));
    }

    [Fact]
    public async Task ClosePosition_DateOutsideItsPeriod_FailedPrecondition()
    {
        var committee = await Host.Units.CreateCommitteeAsync();
        var position = await Positions.CreatePositionAsync(committee, "Phó Chủ tịch", PositionRole.Deputy, "2016-07-01");
        var closed = (await Close(position, "2025-07-01")).Position;

        await RpcAssert.FailedPrecondition(() => Close(position, "2016-07-01", version: closed.Version), "positions.effective-date-in-period");
        await RpcAssert.FailedPrecondition(() => Close(position, "2026-01-01", version: closed.Version), "positions.effective-date-in-period");
    }

    [Fact]
    public async Task ClosePosition_UnknownPosition_NotFound()
    {
        await RpcAssert.NotFound(() => Positions.ClosePositionAsync(new ClosePositionRequest
        {
            Id = Guid.NewGuid().ToString(), ExpectedVersion = 1, EffectiveDate = "2025-07-01",
        }).ResponseAsync);
    }

    [Fact]
    public async Task ClosePosition_BadInput_InvalidArgumentAndStoresNothing()
    {
        var committee = await Host.Units.CreateCommitteeAsync();
        var position = await Positions.CreatePositionAsync(committee, "Phó Chủ tịch", PositionRole.Deputy, "2016-07-01");
        var before = await PositionCounts.ReadAsync(Host);

        await RpcAssert.InvalidArgument(() => Positions.ClosePositionAsync(new ClosePositionRequest
        {
            Id = "12345", ExpectedVersion = 1, EffectiveDate = "2025-13-01",
        }).ResponseAsync, "id", "effective_date");
        await RpcAssert.InvalidArgument(() => Positions.ClosePositionAsync(new ClosePositionRequest
        {
            Id = position.Id, EffectiveDate = "2025-07-01",
        }).ResponseAsync, "expected_version");

        Assert.Equal(before, await PositionCounts.ReadAsync(Host));
    }
}

public sealed class ClosePositionSqliteTests(SqliteFixture fixture) : ClosePositionTests(fixture), IClassFixture<SqliteFixture>;

public sealed class ClosePositionPostgresTests(PostgresFixture fixture) : ClosePositionTests(fixture), IClassFixture<PostgresFixture>;
