using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;

namespace Chancery.Server.Tests.Positions;

/// <summary>GetHead, ListUnitPositions and ListOfficialAppointments as of a past date and today: holders, vacancies, the acting holder's "Q.".</summary>
public abstract class PositionReadTests(HostFixture fixture)
{
    private ChanceryHost Host => fixture.Host;

    private V1.Positions.PositionsClient Positions => Host.Positions;

    /// <summary>
    /// A committee with a chairman (Trần Hải Lâm 2016–2021, vacant half a year, then Quách Tất Liêm
    /// acting, permanent from 2022), a deputy held from 2016, a deputy vacant, and a chief of office
    /// from 2018 held concurrently only.
    /// </summary>
    private async Task<(Unit Committee, Official Lam, Official Liem)> CommitteeAsync()
    {
        var committee = await Host.Units.CreateCommitteeAsync();
        var chairman = await Positions.CreatePositionAsync(committee, "Chủ tịch", PositionRole.Head, "2016-07-01", collectiveBody: true);
        var deputy = await Positions.CreatePositionAsync(committee, "Phó Chủ tịch", PositionRole.Deputy, "2016-07-01", collectiveBody: true);
        await Positions.CreatePositionAsync(committee, "Phó Chủ tịch", PositionRole.Deputy, "2016-07-01", collectiveBody: true);
        var chief = await Positions.CreatePositionAsync(committee, "Chánh Văn phòng", PositionRole.ChiefOfOffice, "2018-01-01");
        var lam = await Positions.CreateOfficialAsync("Trần Hải Lâm");
        var liem = await Positions.CreateOfficialAsync("Quách Tất Liêm");
        await Positions.AppointAsync(lam, chairman, validFrom: "2016-07-01", validTo: "2021-07-01");
        await Positions.AppointAsync(liem, chairman, AppointmentKind.Acting, "2022-01-01", "2022-07-01");
        await Positions.AppointAsync(liem, chairman, AppointmentKind.Permanent, "2022-07-01");
        await Positions.AppointAsync(await Positions.CreateOfficialAsync("Đinh Công Sứ"), deputy, validFrom: "2016-07-01");
        await Positions.AppointAsync(lam, chief, AppointmentKind.Concurrent, "2018-01-01", "2021-07-01");
        return (committee, lam, liem);
    }

    [Fact]
    public async Task GetHead_PastAndToday_TheHolderOfEachDate()
    {
        var (committee, lam, liem) = await CommitteeAsync();

        var in2017 = (await Positions.HeadAsync(committee, "2017-07-11")).Head;
        var today = (await Positions.HeadAsync(committee)).Head;

        Assert.Equal((lam.Id, "Chủ tịch", false), (Assert.Single(in2017.Holders).Official.Id, in2017.Holders[0].DisplayTitle, in2017.Vacant));
        Assert.True(in2017.Position.CollectiveBody);
        Assert.Equal((liem.Id, AppointmentKind.Permanent, "Chủ tịch"), (Assert.Single(today.Holders).Official.Id, today.Holders[0].Appointment.Kind, today.Holders[0].DisplayTitle));
        Assert.Equal(today.Holders[0].Official.FullName, today.Holders[0].Appointment.OfficialName);
    }

    [Fact]
    public async Task GetHead_ActingHolder_DisplayTitleCarriesQ()
    {
        var (committee, _, liem) = await CommitteeAsync();

        var head = (await Positions.HeadAsync(committee, "2022-03-01")).Head;

        var holder = Assert.Single(head.Holders);
        Assert.Equal((liem.Id, AppointmentKind.Acting, "Q. Chủ tịch", false), (holder.Official.Id, holder.Appointment.Kind, holder.DisplayTitle, head.Vacant));
    }

    [Fact]
    public async Task GetHead_BetweenHolders_Vacant()
    {
        var (committee, _, _) = await CommitteeAsync();

        var head = (await Positions.HeadAsync(committee, "2021-07-01")).Head;

        Assert.True(head.Vacant);
        Assert.Empty(head.Holders);
        Assert.Equal("Chủ tịch", head.Position.Title);
    }

    [Fact]
    public async Task GetHead_NoHeadPosition_NotFound()
    {
        var committee = await Host.Units.CreateCommitteeAsync();
        await Positions.CreatePositionAsync(committee, "Phó Chủ tịch", PositionRole.Deputy, "2016-07-01");
        var withHeadLater = await Host.Units.CreateCommitteeAsync();
        await Positions.CreatePositionAsync(withHeadLater, "Chủ tịch", PositionRole.Head, "2020-01-01");

        await RpcAssert.NotFound(() => Positions.HeadAsync(committee, "2020-01-01"));
        await RpcAssert.NotFound(() => Positions.HeadAsync(withHeadLater, "2019-12-31"));
    }

    [Fact]
    public async Task ListUnitPositions_In2017_HeadFirstWithHoldersAndVacancies()
    {
        var (committee, lam, _) = await CommitteeAsync();

        var listed = await Positions.ListAsync(committee, "2017-07-11");

        Assert.Equal([PositionRole.Head, PositionRole.Deputy, PositionRole.Deputy], listed.Positions.Select(p => p.Position.Role));
        Assert.Equal(lam.Id, Assert.Single(listed.Positions[0].Holders).Official.Id);
        Assert.Equal(1, listed.Vacancies);
        Assert.Single(listed.Positions, p => p.Vacant && p.Position.Role == PositionRole.Deputy && p.Holders.Count == 0);
    }

    [Fact]
    public async Task ListUnitPositions_Deputies_InVietnameseOrderOfTitles()
    {
        var unit = await Host.Units.CreateCommitteeAsync();
        foreach (var title in new[] { "Phó Giám đốc", "Phó Đội trưởng", "Phó Chánh Văn phòng" })
        {
            await Positions.CreatePositionAsync(unit, title, PositionRole.Deputy, "2016-07-01");
        }

        await Positions.CreatePositionAsync(unit, "Trưởng ban", PositionRole.Head, "2016-07-01");

        var listed = await Positions.ListAsync(unit, "2020-01-01");

        // Đ sorts after D and before E (ordinal order would put it after every Latin letter)
        Assert.Equal(["Trưởng ban", "Phó Chánh Văn phòng", "Phó Đội trưởng", "Phó Giám đốc"], listed.Positions.Select(p => p.Position.Title));
    }

    [Fact]
    public async Task ListUnitPositions_Today_ConcurrentHolderEndedAndChiefVacant()
    {
        var (committee, _, liem) = await CommitteeAsync();

        var in2020 = await Positions.ListAsync(committee, "2020-01-01");
        var today = await Positions.ListAsync(committee);

        Assert.Equal([PositionRole.Head, PositionRole.Deputy, PositionRole.Deputy, PositionRole.ChiefOfOffice], today.Positions.Select(p => p.Position.Role));
        var chiefIn2020 = in2020.Positions[3];
        Assert.Equal((AppointmentKind.Concurrent, true), (Assert.Single(chiefIn2020.Holders).Appointment.Kind, chiefIn2020.Vacant));
        Assert.Equal(2, in2020.Vacancies);
        Assert.Empty(today.Positions[3].Holders);
        Assert.Equal(liem.Id, Assert.Single(today.Positions[0].Holders).Official.Id);
        Assert.Equal(2, today.Vacancies);
    }

    [Fact]
    public async Task ListUnitPositions_UnitNotYetEstablishedOrUnknown_NotFound()
    {
        var committee = await Host.Units.CreateCommitteeAsync(validFrom: "2010-01-01");

        await RpcAssert.NotFound(() => Positions.ListAsync(committee, "2009-12-31"));
        await RpcAssert.NotFound(() => Positions.ListAsync(new Unit { Id = Guid.NewGuid().ToString() }));
        await RpcAssert.NotFound(() => Positions.HeadAsync(new Unit { Id = Guid.NewGuid().ToString() }));
    }

    [Fact]
    public async Task PositionReads_BadInput_InvalidArgument()
    {
        var committee = await Host.Units.CreateCommitteeAsync();

        await RpcAssert.InvalidArgument(() => Positions.ListAsync(committee, "2017-7-11"), "as_of");
        await RpcAssert.InvalidArgument(() => Positions.HeadAsync(committee, "yesterday"), "as_of");
        await RpcAssert.InvalidArgument(() => Positions.ListAsync(new Unit { Id = "luong-son" }), "unit_id");
        await RpcAssert.InvalidArgument(() => Positions.HeadAsync(new Unit { Id = "" }), "unit_id");
        await RpcAssert.InvalidArgument(() => Positions.ListOfficialAppointmentsAsync(new ListOfficialAppointmentsRequest { OfficialId = "x" }).ResponseAsync, "official_id");
    }

    [Fact]
    public async Task ListOfficialAppointments_OverTime_OldestFirstAcrossPositions()
    {
        var (committee, lam, liem) = await CommitteeAsync();

        var lams = await Positions.ListOfficialAppointmentsAsync(new ListOfficialAppointmentsRequest { OfficialId = lam.Id });
        var liems = await Positions.AppointmentsOfAsync(liem);

        Assert.Equal(lam.Id, lams.Official.Id);
        Assert.Equal([("Chủ tịch", "2016-07-01", "2021-07-01"), ("Chánh Văn phòng", "2018-01-01", "2021-07-01")],
            lams.Appointments.Select(a => (a.PositionTitle, a.ValidFrom, a.ValidTo)));
        Assert.All(lams.Appointments, a => Assert.Equal(committee.Id, a.UnitId));
        Assert.Equal([AppointmentKind.Acting, AppointmentKind.Permanent], liems.Select(a => a.Kind));
    }

    [Fact]
    public async Task ListOfficialAppointments_NeverAppointed_EmptyAndUnknown_NotFound()
    {
        var official = await Positions.CreateOfficialAsync("Nguyễn Văn Hòa");

        Assert.Empty(await Positions.AppointmentsOfAsync(official));
        await RpcAssert.NotFound(() => Positions.ListOfficialAppointmentsAsync(new ListOfficialAppointmentsRequest { OfficialId = Guid.NewGuid().ToString() }).ResponseAsync);
    }
}

public sealed class PositionReadSqliteTests(SqliteFixture fixture) : PositionReadTests(fixture), IClassFixture<SqliteFixture>;

public sealed class PositionReadPostgresTests(PostgresFixture fixture) : PositionReadTests(fixture), IClassFixture<PostgresFixture>;
