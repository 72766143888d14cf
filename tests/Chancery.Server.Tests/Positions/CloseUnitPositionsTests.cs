using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;

namespace Chancery.Server.Tests.Positions;

/// <summary>CloseUnit and the unit's positions: refused while a position runs on past the date; with close_positions they close and their appointments end.</summary>
public abstract class CloseUnitPositionsTests(HostFixture fixture)
{
    private ChanceryHost Host => fixture.Host;

    private V1.Positions.PositionsClient Positions => Host.Positions;

    private Task<CloseUnitResponse> CloseUnit(Unit unit, string effective, bool closePositions) =>
        Host.Units.CloseUnitAsync(new CloseUnitRequest
        {
            Id = unit.Id, ExpectedVersion = unit.Version, EffectiveDate = effective, ClosePositions = closePositions, Reason = "Nghị quyết 1656/NQ-UBTVQH15",
        }).ResponseAsync;

    [Fact]
    public async Task CloseUnit_PositionOpenAfterTheDate_FailedPreconditionAndStoresNothing()
    {
        var committee = await Host.Units.CreateCommitteeAsync();
        var chairman = await Positions.CreatePositionAsync(committee, "Chủ tịch", PositionRole.Head, "2016-07-01");
        await Positions.AppointAsync(await Positions.CreateOfficialAsync("Nguyễn Vũ Chi"), chairman, validFrom: "2016-07-01");
        var before = await PositionCounts.ReadAsync(Host);

        var failure = await RpcAssert.FailedPrecondition(() => CloseUnit(committee, "2025-07-01", closePositions: false), "positions.within-unit");

        Assert.Contains(failure.Violations, v => v.Subject == $"positions/{chairman.Id}");
        Assert.Equal(before, await PositionCounts.ReadAsync(Host));
        Assert.Equal("", (await Host.Units.GetAsync(committee.Id, "2025-07-01")).ClosedOn);
    }

    [Fact]
    public async Task CloseUnit_PositionsClosedBefore_AllowedWithoutClosePositions()
    {
        var committee = await Host.Units.CreateCommitteeAsync();
        var deputy = await Positions.CreatePositionAsync(committee, "Phó Chủ tịch", PositionRole.Deputy, "2016-07-01");
        await Positions.ClosePositionAsync(new ClosePositionRequest { Id = deputy.Id, ExpectedVersion = deputy.Version, EffectiveDate = "2024-01-01" });

        var closed = (await CloseUnit(committee, "2025-07-01", closePositions: false)).Unit;

        Assert.Equal("2025-07-01", closed.ClosedOn);
    }

    [Fact]
    public async Task CloseUnit_WithClosePositions_PositionsCloseAndAppointmentsEnd()
    {
        var committee = await Host.Units.CreateCommitteeAsync();
        var chairman = await Positions.CreatePositionAsync(committee, "Chủ tịch", PositionRole.Head, "2016-07-01");
        var deputy = await Positions.CreatePositionAsync(committee, "Phó Chủ tịch", PositionRole.Deputy, "2016-07-01");
        var chi = await Positions.CreateOfficialAsync("Nguyễn Vũ Chi");
        var su = await Positions.CreateOfficialAsync("Đinh Công Sứ");
        await Positions.AppointAsync(chi, chairman, validFrom: "2016-07-01");
        await Positions.AppointAsync(su, deputy, validFrom: "2016-07-01", validTo: "2021-07-01");

        var closed = (await CloseUnit(committee, "2025-07-01", closePositions: true)).Unit;

        Assert.Equal("2025-07-01", closed.ClosedOn);
        Assert.Equal("2025-07-01", Assert.Single(await Positions.AppointmentsOfAsync(chi)).ValidTo);
        Assert.Equal("2021-07-01", Assert.Single(await Positions.AppointmentsOfAsync(su)).ValidTo);
        var lastDay = await Positions.ListAsync(committee, "2025-06-30");
        Assert.All(lastDay.Positions, p => Assert.Equal("2025-07-01", p.Position.ValidTo));
        Assert.Equal(chi.Id, Assert.Single(lastDay.Positions[0].Holders).Official.Id);
        await RpcAssert.NotFound(() => Positions.HeadAsync(committee, "2025-07-01"));
        var audit = await Host.Audit.ListAuditEntriesAsync(new ListAuditEntriesRequest { EntityKind = "position", EntityId = chairman.Id, PageSize = 10 });
        Assert.Equal(["/chancery.v1.Positions/CreatePosition", "/chancery.v1.Units/CloseUnit"], audit.Entries.Select(e => e.Operation));
    }

    [Fact]
    public async Task CloseUnit_WithClosePositionsAndNoPositions_Closes()
    {
        var committee = await Host.Units.CreateCommitteeAsync();

        var closed = (await CloseUnit(committee, "2025-07-01", closePositions: true)).Unit;

        Assert.Equal("2025-07-01", closed.ClosedOn);
    }
}

public sealed class CloseUnitPositionsSqliteTests(SqliteFixture fixture) : CloseUnitPositionsTests(fixture), IClassFixture<SqliteFixture>;

public sealed class CloseUnitPositionsPostgresTests(PostgresFixture fixture) : CloseUnitPositionsTests(fixture), IClassFixture<PostgresFixture>;
