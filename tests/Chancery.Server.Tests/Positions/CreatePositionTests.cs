using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;

namespace Chancery.Server.Tests.Positions;

/// <summary>CreatePosition: a position in a unit, within the unit's existence, at most one head position at any date.</summary>
public abstract class CreatePositionTests(HostFixture fixture)
{
    private ChanceryHost Host => fixture.Host;

    private V1.Positions.PositionsClient Positions => Host.Positions;

    [Fact]
    public async Task CreatePosition_HeadOfCommittee_StoredAndListedFromItsStart()
    {
        var committee = await Host.Units.CreateCommitteeAsync();

        var created = (await Positions.CreatePositionAsync(new CreatePositionRequest
        {
            UnitId = committee.Id, Title = "  Chủ tịch ", Role = PositionRole.Head, CollectiveBody = true, ValidFrom = "2016-07-01", Reason = "Nghị quyết HĐND",
        })).Position;

        Assert.Equal((committee.Id, "Chủ tịch", PositionRole.Head, true, "2016-07-01", "", 1L),
            (created.UnitId, created.Title, created.Role, created.CollectiveBody, created.ValidFrom, created.ValidTo, created.Version));
        Assert.Empty((await Positions.ListAsync(committee, "2016-06-30")).Positions);
        var listed = Assert.Single((await Positions.ListAsync(committee, "2016-07-01")).Positions);
        Assert.Equal(created.Id, listed.Position.Id);
    }

    [Fact]
    public async Task CreatePosition_NoValidFrom_StartsToday()
    {
        var committee = await Host.Units.CreateCommitteeAsync();

        var created = await Positions.CreatePositionAsync(committee, "Phó Chủ tịch", PositionRole.Deputy, validFrom: "");

        Assert.Equal("2026-06-15", created.ValidFrom);
    }

    [Fact]
    public async Task CreatePosition_SeveralDeputies_Allowed()
    {
        var committee = await Host.Units.CreateCommitteeAsync();

        await Positions.CreatePositionAsync(committee, "Phó Chủ tịch", PositionRole.Deputy);
        await Positions.CreatePositionAsync(committee, "Phó Chủ tịch", PositionRole.Deputy);

        Assert.Equal(2, (await Positions.ListAsync(committee, "2024-01-01")).Positions.Count);
    }

    [Fact]
    public async Task CreatePosition_SecondHead_FailedPreconditionAndStoresNothing()
    {
        var committee = await Host.Units.CreateCommitteeAsync();
        await Positions.CreatePositionAsync(committee, "Chủ tịch", PositionRole.Head, "2016-07-01");
        var before = await PositionCounts.ReadAsync(Host);

        await RpcAssert.FailedPrecondition(() => Positions.CreatePositionAsync(committee, "Giám đốc", PositionRole.Head, "2020-01-01"), "positions.one-head");

        Assert.Equal(before, await PositionCounts.ReadAsync(Host));
    }

    [Fact]
    public async Task CreatePosition_HeadBeforeAHeadThatStartsInTheFuture_FailedPrecondition()
    {
        var committee = await Host.Units.CreateCommitteeAsync();
        await Positions.CreatePositionAsync(committee, "Chủ tịch", PositionRole.Head, "2030-01-01");

        var failure = await RpcAssert.FailedPrecondition(() => Positions.CreatePositionAsync(committee, "Giám đốc", PositionRole.Head, "2024-01-01"), "positions.one-head");

        Assert.Contains("[2030-01-01, …)", failure.Violations[0].Description);
    }

    [Fact]
    public async Task CreatePosition_HeadAfterTheOldHeadPositionClosed_Allowed()
    {
        var committee = await Host.Units.CreateCommitteeAsync();
        var old = await Positions.CreatePositionAsync(committee, "Chủ tịch", PositionRole.Head, "2016-07-01");
        await Positions.ClosePositionAsync(new ClosePositionRequest { Id = old.Id, ExpectedVersion = old.Version, EffectiveDate = "2025-07-01" });

        var created = await Positions.CreatePositionAsync(committee, "Chủ tịch", PositionRole.Head, "2025-07-01");

        Assert.Equal(created.Id, (await Positions.HeadAsync(committee, "2025-07-01")).Head.Position.Id);
        Assert.Equal(old.Id, (await Positions.HeadAsync(committee, "2025-06-30")).Head.Position.Id);
    }

    [Fact]
    public async Task CreatePosition_BeforeTheUnitExists_FailedPrecondition()
    {
        var committee = await Host.Units.CreateCommitteeAsync(validFrom: "2010-01-01");
        var before = await PositionCounts.ReadAsync(Host);

        await RpcAssert.FailedPrecondition(() => Positions.CreatePositionAsync(committee, "Chủ tịch", PositionRole.Head, "2009-12-31"), "positions.within-unit");

        Assert.Equal(before, await PositionCounts.ReadAsync(Host));
    }

    [Fact]
    public async Task CreatePosition_BadInput_InvalidArgumentNamingEachFieldAndStoresNothing()
    {
        var committee = await Host.Units.CreateCommitteeAsync();
        var before = await PositionCounts.ReadAsync(Host);

        await RpcAssert.InvalidArgument(() => Positions.CreatePositionAsync(new CreatePositionRequest
        {
            UnitId = committee.Id, Title = "   ", Role = (PositionRole)42, ValidFrom = "2024-02-30",
        }).ResponseAsync, "title", "role", "valid_from");
        await RpcAssert.InvalidArgument(() => Positions.CreatePositionAsync(new CreatePositionRequest
        {
            UnitId = "not-a-uuid", Title = "Chủ tịch", Role = PositionRole.Unspecified,
        }).ResponseAsync, "unit_id", "role");
        await RpcAssert.InvalidArgument(() => Positions.CreatePositionAsync(new CreatePositionRequest
        {
            UnitId = committee.Id, Title = new string('x', 201), Role = PositionRole.Member,
        }).ResponseAsync, "title");

        Assert.Equal(before, await PositionCounts.ReadAsync(Host));
    }

    [Fact]
    public async Task CreatePosition_UnknownUnit_NotFound()
    {
        var before = await PositionCounts.ReadAsync(Host);

        await RpcAssert.NotFound(() => Positions.CreatePositionAsync(new CreatePositionRequest
        {
            UnitId = Guid.NewGuid().ToString(), Title = "Chủ tịch", Role = PositionRole.Head, ValidFrom = "2024-01-01",
        }).ResponseAsync);

        Assert.Equal(before, await PositionCounts.ReadAsync(Host));
    }
}

public sealed class CreatePositionSqliteTests(SqliteFixture fixture) : CreatePositionTests(fixture), IClassFixture<SqliteFixture>;

public sealed class CreatePositionPostgresTests(PostgresFixture fixture) : CreatePositionTests(fixture), IClassFixture<PostgresFixture>;
