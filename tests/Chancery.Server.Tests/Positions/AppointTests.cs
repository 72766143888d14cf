using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;

namespace Chancery.Server.Tests.Positions;

/// <summary>Appoint: at most one permanent or acting holder at a time, concurrent appointments beside them, within the position's period.</summary>
public abstract class AppointTests(HostFixture fixture)
{
    private ChanceryHost Host => fixture.Host;

    private V1.Positions.PositionsClient Positions => Host.Positions;

    private async Task<(Unit Committee, Position Chairman)> ChairmanAsync(string validFrom = "2016-07-01")
    {
        var committee = await Host.Units.CreateCommitteeAsync();
        return (committee, await Positions.CreatePositionAsync(committee, "Chủ tịch", PositionRole.Head, validFrom, collectiveBody: true));
    }

    [Fact]
    public async Task Appoint_Permanent_StoredWithBasisAndReadable()
    {
        var (committee, chairman) = await ChairmanAsync();
        var official = await Positions.CreateOfficialAsync("Nguyễn Vũ Chi", "01.001");

        var appointment = (await Positions.AppointAsync(new AppointRequest
        {
            OfficialId = official.Id, PositionId = chairman.Id, Kind = AppointmentKind.Permanent, ValidFrom = "2016-07-01",
            Basis = new Basis { Number = " 1201/QĐ-UBND ", Date = "2016-06-26", Issuer = "Ủy ban nhân dân tỉnh Hòa Bình" },
        })).Appointment;

        Assert.Equal((official.Id, chairman.Id, AppointmentKind.Permanent, "2016-07-01", "", 1L),
            (appointment.OfficialId, appointment.PositionId, appointment.Kind, appointment.ValidFrom, appointment.ValidTo, appointment.Version));
        Assert.Equal(("1201/QĐ-UBND", "2016-06-26", "Ủy ban nhân dân tỉnh Hòa Bình"), (appointment.Basis.Number, appointment.Basis.Date, appointment.Basis.Issuer));
        Assert.Equal((committee.Id, "Chủ tịch", "Nguyễn Vũ Chi"), (appointment.UnitId, appointment.PositionTitle, appointment.OfficialName));
        var holder = Assert.Single((await Positions.HeadAsync(committee, "2017-07-11")).Head.Holders);
        Assert.Equal((appointment.Id, "Chủ tịch"), (holder.Appointment.Id, holder.DisplayTitle));
    }

    [Fact]
    public async Task Appoint_SecondPermanentHolderAtOnce_FailedPreconditionAndStoresNothing()
    {
        var (_, chairman) = await ChairmanAsync();
        await Positions.AppointAsync(await Positions.CreateOfficialAsync("Trần Hải Lâm"), chairman, validFrom: "2016-07-01", validTo: "2021-07-01");
        var second = await Positions.CreateOfficialAsync("Quách Tất Liêm");
        var before = await PositionCounts.ReadAsync(Host);

        await RpcAssert.FailedPrecondition(() => Positions.AppointAsync(second, chairman, validFrom: "2021-06-30"), "appointments.one-holder");

        Assert.Equal(before, await PositionCounts.ReadAsync(Host));
        var next = await Positions.AppointAsync(second, chairman, validFrom: "2021-07-01");
        Assert.Equal("2021-07-01", next.ValidFrom);
    }

    [Fact]
    public async Task Appoint_ActingBesidePermanent_FailedPrecondition()
    {
        var (_, chairman) = await ChairmanAsync();
        await Positions.AppointAsync(await Positions.CreateOfficialAsync("Trần Hải Lâm"), chairman, validFrom: "2016-07-01");
        var acting = await Positions.CreateOfficialAsync("Đinh Công Sứ");

        await RpcAssert.FailedPrecondition(() => Positions.AppointAsync(acting, chairman, AppointmentKind.Acting, "2024-01-01", "2024-06-01"), "appointments.one-holder");
    }

    [Fact]
    public async Task Appoint_TwoActingHoldersAtOnce_FailedPrecondition()
    {
        var (_, chairman) = await ChairmanAsync();
        await Positions.AppointAsync(await Positions.CreateOfficialAsync("Bùi Thị Thu Hà"), chairman, AppointmentKind.Acting, "2024-01-01", "2024-07-01");
        var second = await Positions.CreateOfficialAsync("Nguyễn Văn Hòa");

        await RpcAssert.FailedPrecondition(() => Positions.AppointAsync(second, chairman, AppointmentKind.Acting, "2024-06-01"), "appointments.one-holder");
    }

    [Fact]
    public async Task Appoint_PermanentHolderStartingInTheFuture_RefusesAnOpenEndedActingOneNow()
    {
        var (_, chairman) = await ChairmanAsync();
        await Positions.AppointAsync(await Positions.CreateOfficialAsync("Trần Hải Lâm"), chairman, validFrom: "2027-01-01");
        var acting = await Positions.CreateOfficialAsync("Đinh Công Sứ");

        await RpcAssert.FailedPrecondition(() => Positions.AppointAsync(acting, chairman, AppointmentKind.Acting, "2026-06-15"), "appointments.one-holder");
        var bounded = await Positions.AppointAsync(acting, chairman, AppointmentKind.Acting, "2026-06-15", "2027-01-01");
        Assert.Equal("2027-01-01", bounded.ValidTo);
    }

    [Fact]
    public async Task Appoint_ConcurrentBesideAHolder_Allowed()
    {
        var (committee, chairman) = await ChairmanAsync();
        var holder = await Positions.CreateOfficialAsync("Quách Tất Liêm");
        var concurrent = await Positions.CreateOfficialAsync("Bùi Văn Lực");
        await Positions.AppointAsync(holder, chairman, validFrom: "2016-07-01");

        await Positions.AppointAsync(concurrent, chairman, AppointmentKind.Concurrent, "2020-01-01");

        var head = (await Positions.HeadAsync(committee, "2020-01-01")).Head;
        Assert.Equal([holder.Id, concurrent.Id], head.Holders.Select(h => h.Official.Id));
        Assert.Equal([AppointmentKind.Permanent, AppointmentKind.Concurrent], head.Holders.Select(h => h.Appointment.Kind));
        Assert.False(head.Vacant);
    }

    [Fact]
    public async Task Appoint_ConcurrentOnly_PositionStaysVacant()
    {
        var (committee, chairman) = await ChairmanAsync();
        await Positions.AppointAsync(await Positions.CreateOfficialAsync("Bùi Văn Lực"), chairman, AppointmentKind.Concurrent, "2020-01-01");

        var head = (await Positions.HeadAsync(committee, "2020-01-01")).Head;

        Assert.True(head.Vacant);
        Assert.Equal(AppointmentKind.Concurrent, Assert.Single(head.Holders).Appointment.Kind);
    }

    [Fact]
    public async Task Appoint_SameOfficialTwiceOverlapping_FailedPrecondition()
    {
        var (_, chairman) = await ChairmanAsync();
        var official = await Positions.CreateOfficialAsync("Bùi Văn Lực");
        await Positions.AppointAsync(official, chairman, AppointmentKind.Concurrent, "2020-01-01", "2022-01-01");

        await RpcAssert.FailedPrecondition(() => Positions.AppointAsync(official, chairman, AppointmentKind.Permanent, "2021-01-01"), "appointments.duplicate");
    }

    [Fact]
    public async Task Appoint_BeforeThePositionOrTheUnit_FailedPreconditionAndStoresNothing()
    {
        var (_, chairman) = await ChairmanAsync("2016-07-01");
        var official = await Positions.CreateOfficialAsync("Trần Hải Lâm");
        var before = await PositionCounts.ReadAsync(Host);

        await RpcAssert.FailedPrecondition(() => Positions.AppointAsync(official, chairman, validFrom: "2016-06-30"), "appointments.within-position");
        await RpcAssert.FailedPrecondition(() => Positions.AppointAsync(official, chairman, validFrom: "2009-01-01", validTo: "2010-06-01"), "appointments.within-position");

        Assert.Equal(before, await PositionCounts.ReadAsync(Host));
    }

    [Fact]
    public async Task Appoint_PastTheEndOfPositionAndUnit_FailedPrecondition()
    {
        var committee = await Host.Units.CreateCommitteeAsync();
        var chairman = await Positions.CreatePositionAsync(committee, "Chủ tịch", PositionRole.Head, "2016-07-01");
        var closedUnit = (await Host.Units.CloseUnitAsync(new CloseUnitRequest
        {
            Id = committee.Id, ExpectedVersion = committee.Version, EffectiveDate = "2025-07-01", ClosePositions = true,
        })).Unit;
        var official = await Positions.CreateOfficialAsync("Quách Tất Liêm");

        await RpcAssert.FailedPrecondition(() => Positions.AppointAsync(official, chairman, validFrom: "2021-07-01"), "appointments.within-position");
        await RpcAssert.FailedPrecondition(() => Positions.AppointAsync(official, chairman, validFrom: "2021-07-01", validTo: "2026-07-01"), "appointments.within-position");

        var bounded = await Positions.AppointAsync(official, chairman, validFrom: "2021-07-01", validTo: closedUnit.ClosedOn);
        Assert.Equal("2025-07-01", bounded.ValidTo);
    }

    [Fact]
    public async Task Appoint_BadInput_InvalidArgumentNamingEachFieldAndStoresNothing()
    {
        var (_, chairman) = await ChairmanAsync();
        var official = await Positions.CreateOfficialAsync("Trần Hải Lâm");
        var before = await PositionCounts.ReadAsync(Host);

        await RpcAssert.InvalidArgument(() => Positions.AppointAsync(new AppointRequest
        {
            OfficialId = "chi", PositionId = "", Kind = AppointmentKind.Unspecified, ValidFrom = "2021-02-29", ValidTo = "31/12/2025",
            Basis = new Basis { Number = " ", Date = "2021-13-01" },
        }).ResponseAsync, "official_id", "position_id", "kind", "valid_from", "valid_to", "basis.number", "basis.date");
        await RpcAssert.InvalidArgument(() => Positions.AppointAsync(new AppointRequest(PositionsApi.Appointing(official, chairman, validFrom: "2021-01-01", validTo: "2021-01-01"))).ResponseAsync,
            "valid_to");
        await RpcAssert.InvalidArgument(() => Positions.AppointAsync(new AppointRequest(PositionsApi.Appointing(official, chairman, validFrom: "2021-01-01", validTo: "2020-12-31"))).ResponseAsync,
            "valid_to");
        await RpcAssert.InvalidArgument(() => Positions.AppointAsync(new AppointRequest(PositionsApi.Appointing(official, chairman)) { Kind = (AppointmentKind)7 }).ResponseAsync,
            "kind");
        await RpcAssert.InvalidArgument(() => Positions.AppointAsync(new AppointRequest(PositionsApi.Appointing(official, chairman)) { Basis = null }).ResponseAsync,
            "basis.number");

        Assert.Equal(before, await PositionCounts.ReadAsync(Host));
    }

    [Fact]
    public async Task Appoint_UnknownOfficialOrPosition_NotFoundAndStoresNothing()
    {
        var (_, chairman) = await ChairmanAsync();
        var official = await Positions.CreateOfficialAsync("Trần Hải Lâm");
        var before = await PositionCounts.ReadAsync(Host);

        await RpcAssert.NotFound(() => Positions.AppointAsync(new AppointRequest(PositionsApi.Appointing(official, chairman)) { OfficialId = Guid.NewGuid().ToString() }).ResponseAsync);
        await RpcAssert.NotFound(() => Positions.AppointAsync(new AppointRequest(PositionsApi.Appointing(official, chairman)) { PositionId = Guid.NewGuid().ToString() }).ResponseAsync);

        Assert.Equal(before, await PositionCounts.ReadAsync(Host));
    }
}

public sealed class AppointSqliteTests(SqliteFixture fixture) : AppointTests(fixture), IClassFixture<SqliteFixture>;

public sealed class AppointPostgresTests(PostgresFixture fixture) : AppointTests(fixture), IClassFixture<PostgresFixture>;
