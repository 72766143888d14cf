using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;

namespace Chancery.Server.Tests.Demo;

/// <summary>The officials of the provincial report in their 2017 positions, and what the 2025 reform did to them.</summary>
public abstract class DemoPositionsTests(HostFixture fixture)
{
    private ChanceryHost Host => fixture.Host;

    private async Task<string> UnitId(string code, string asOf) =>
        (await Host.Units.GetUnitAsync(new GetUnitRequest { Code = code, AsOf = asOf })).Unit.Id;

    [Fact]
    public async Task Demo_In2017_ChairmenOfTheReport()
    {
        foreach (var (code, name) in new[] { ("000.01.05.H30", "Nguyễn Vũ Chi"), ("000.01.06.H30", "Trần Hải Lâm"), ("000.01.07.H30", "Quách Tất Liêm") })
        {
            var head = (await Host.Positions.GetHeadAsync(new GetHeadRequest { UnitId = await UnitId(code, "2017-07-11"), AsOf = "2017-07-11" })).Head;

            Assert.Equal("Chủ tịch", head.Position.Title);
            Assert.True(head.Position.CollectiveBody);
            Assert.Equal(name, Assert.Single(head.Holders).Official.FullName);
        }
    }

    [Fact]
    public async Task Demo_In2017_LuongSonPositionsAndKimBoiVacancy()
    {
        var luongSon = await Host.Positions.ListUnitPositionsAsync(new ListUnitPositionsRequest { UnitId = await UnitId("000.01.05.H30", "2017-07-11"), AsOf = "2017-07-11" });
        var kimBoi = await Host.Positions.GetHeadAsync(new GetHeadRequest { UnitId = await UnitId("000.01.08.H30", "2017-07-11"), AsOf = "2017-07-11" });

        Assert.Equal(
            [PositionRole.Head, PositionRole.Deputy, PositionRole.Deputy, PositionRole.ChiefOfOffice],
            luongSon.Positions.Select(p => p.Position.Role));
        Assert.Equal(0, luongSon.Vacancies);
        Assert.True(kimBoi.Head.Vacant);
        Assert.Empty(kimBoi.Head.Holders);
    }

    [Fact]
    public async Task Demo_PartySecretaryOfSonThuy_FoundByFoldedName()
    {
        var found = await Host.Positions.SearchOfficialsAsync(new SearchOfficialsRequest { Query = "bui van luc" });
        var official = Assert.Single(found.Officials);

        var appointments = await Host.Positions.ListOfficialAppointmentsAsync(new ListOfficialAppointmentsRequest { OfficialId = official.Id });

        var appointment = Assert.Single(appointments.Appointments);
        Assert.Equal(("Bùi Văn Lực", "Bí thư", "2016-07-01", "2025-07-01"), (official.FullName, appointment.PositionTitle, appointment.ValidFrom, appointment.ValidTo));
    }

    [Fact]
    public async Task Demo_Reform_EndedTheDistrictAppointments()
    {
        var found = await Host.Positions.SearchOfficialsAsync(new SearchOfficialsRequest { Query = "Nguyễn Vũ Chi" });
        var appointments = await Host.Positions.ListOfficialAppointmentsAsync(new ListOfficialAppointmentsRequest { OfficialId = Assert.Single(found.Officials).Id });

        Assert.Equal("2025-07-01", Assert.Single(appointments.Appointments).ValidTo);
        var audit = await Host.Audit.ListAuditEntriesAsync(new ListAuditEntriesRequest { EntityKind = "appointment", EntityId = appointments.Appointments[0].Id });
        Assert.Equal(2, audit.Entries.Count);
        Assert.Contains("202/2025/QH15", audit.Entries[1].Reason);
    }
}

public sealed class DemoPositionsSqliteTests(SqliteDemoFixture fixture) : DemoPositionsTests(fixture), IClassFixture<SqliteDemoFixture>;

public sealed class DemoPositionsPostgresTests(PostgresDemoFixture fixture) : DemoPositionsTests(fixture), IClassFixture<PostgresDemoFixture>;
