using Chancery.Core.Access;
using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using Google.Rpc;
using Grpc.Core;
using Role = Chancery.Core.Access.Role;

namespace Chancery.Server.Tests.Positions;

/// <summary>
/// Who may change positions and appointments: a unit administrator inside their subtree (judged
/// at the effective date) and nowhere else; a viewer reads but writes nothing; no token, nothing.
/// </summary>
public abstract class PositionsAccessTests(HostFixture fixture)
{
    private ChanceryHost Host => fixture.Host;

    private V1.Positions.PositionsClient Admin => Host.Positions;

    /// <summary>A province with a district (the unit administrator's subtree) holding a committee, and a committee outside.</summary>
    private async Task<(Unit Inside, Unit Outside, V1.Positions.PositionsClient UnitAdministrator, string Token)> SubtreeAsync()
    {
        var province = await Host.Units.CreateRootAsync();
        var district = await Host.Units.CreateAsync(UnitsApi.UniqueName("Huyện Lương Sơn"), UnitKind.District, province, "2005-01-01");
        var inside = await Host.Units.CreateCommitteeAsync(district);
        var outside = await Host.Units.CreateCommitteeAsync(province);
        var token = await TokenAsync(Role.UnitAdministrator, Guid.Parse(district.Id));
        return (inside, outside, new V1.Positions.PositionsClient(Host.With(token)), token);
    }

    private Task<string> TokenAsync(Role role, Guid? unitId = null) => Host.Tokens.TokenForRoleAsync(role, unitId, "staff");

    private static Task<ErrorInfo> Denied(Func<Task> call) => RpcAssert.PermissionDenied(call);

    [Fact]
    public async Task UnitAdministrator_InsideSubtree_CreatesAppointsEndsAndCloses()
    {
        var (inside, _, unitAdministrator, _) = await SubtreeAsync();

        var chairman = await unitAdministrator.CreatePositionAsync(inside, "Chủ tịch", PositionRole.Head, "2016-07-01");
        var official = await unitAdministrator.CreateOfficialAsync("Nguyễn Vũ Chi");
        var appointment = await unitAdministrator.AppointAsync(official, chairman, validFrom: "2016-07-01");
        var renamed = (await unitAdministrator.UpdateOfficialAsync(new UpdateOfficialRequest
        {
            Id = official.Id, RankCode = "01.001", ExpectedVersion = official.Version,
            UpdateMask = new Google.Protobuf.WellKnownTypes.FieldMask { Paths = { "rank_code" } },
        })).Official;
        await unitAdministrator.EndAppointmentAsync(new EndAppointmentRequest { Id = appointment.Id, ExpectedVersion = appointment.Version, EffectiveDate = "2021-07-01" });
        await unitAdministrator.ClosePositionAsync(new ClosePositionRequest { Id = chairman.Id, ExpectedVersion = chairman.Version, EffectiveDate = "2025-07-01" });

        Assert.Equal("01.001", renamed.RankCode);
        Assert.Equal("2025-07-01", (await Admin.HeadAsync(inside, "2025-06-30")).Head.Position.ValidTo);
    }

    [Fact]
    public async Task UnitAdministrator_OutsideSubtree_PermissionDeniedAndStoresNothing()
    {
        var (_, outside, unitAdministrator, _) = await SubtreeAsync();
        var outsideHead = await Admin.CreatePositionAsync(outside, "Chủ tịch", PositionRole.Head, "2016-07-01");
        var holder = await Admin.CreateOfficialAsync("Trần Hải Lâm");
        var appointment = await Admin.AppointAsync(holder, outsideHead, validFrom: "2016-07-01");
        var official = await unitAdministrator.CreateOfficialAsync("Quách Tất Liêm");
        var before = await PositionCounts.ReadAsync(Host);

        var create = await Denied(() => unitAdministrator.CreatePositionAsync(outside, "Phó Chủ tịch", PositionRole.Deputy));
        var appoint = await Denied(() => unitAdministrator.AppointAsync(official, outsideHead, AppointmentKind.Concurrent, "2020-01-01"));
        await Denied(() => unitAdministrator.EndAppointmentAsync(new EndAppointmentRequest { Id = appointment.Id, ExpectedVersion = 1, EffectiveDate = "2021-07-01" }).ResponseAsync);
        await Denied(() => unitAdministrator.ClosePositionAsync(new ClosePositionRequest
        {
            Id = outsideHead.Id, ExpectedVersion = 1, EffectiveDate = "2025-07-01", EndAppointments = true,
        }).ResponseAsync);
        await Denied(() => unitAdministrator.UpdateOfficialAsync(new UpdateOfficialRequest
        {
            Id = holder.Id, FullName = "Trần Hải Lam", ExpectedVersion = 1, UpdateMask = new Google.Protobuf.WellKnownTypes.FieldMask { Paths = { "full_name" } },
        }).ResponseAsync);

        Assert.Equal(("OUTSIDE_SUBTREE", $"positions.write on units/{outside.Id}"), (create.Reason, create.Metadata["permission"]));
        Assert.Equal($"positions.write on units/{outside.Id}", appoint.Metadata["permission"]);
        Assert.Equal(before, await PositionCounts.ReadAsync(Host));
    }

    [Fact]
    public async Task UnitAdministrator_UnknownPosition_DeniedLikeOneOutside()
    {
        var (_, _, unitAdministrator, _) = await SubtreeAsync();

        var denial = await Denied(() => unitAdministrator.ClosePositionAsync(new ClosePositionRequest
        {
            Id = Guid.NewGuid().ToString(), ExpectedVersion = 1, EffectiveDate = "2025-07-01",
        }).ResponseAsync);

        Assert.Equal("OUTSIDE_SUBTREE", denial.Reason);
    }

    [Fact]
    public async Task UnitAdministrator_UnitMovedOutOfSubtree_JudgedOverTheAppointmentsPeriod()
    {
        var (inside, outside, unitAdministrator, _) = await SubtreeAsync();
        var head = await Admin.CreatePositionAsync(inside, "Chủ tịch", PositionRole.Head, "2016-07-01");
        var province = (await Host.Units.GetAsync(outside.Id)).ParentId;
        await Host.Units.MoveUnitAsync(new MoveUnitRequest { Id = inside.Id, NewParentId = province, ExpectedVersion = inside.Version, EffectiveDate = "2025-07-01" });
        var official = await unitAdministrator.CreateOfficialAsync("Bùi Văn Lực");

        await Denied(() => unitAdministrator.AppointAsync(official, head, validFrom: "2025-07-01"));
        var openEnded = await Denied(() => unitAdministrator.AppointAsync(official, head, validFrom: "2020-01-01"));
        Assert.Equal("OUTSIDE_SUBTREE", openEnded.Reason);
        await Denied(() => unitAdministrator.CreatePositionAsync(inside, "Phó Chủ tịch", PositionRole.Deputy, "2020-01-01"));
        var earlier = await unitAdministrator.AppointAsync(official, head, validFrom: "2020-01-01", validTo: "2025-07-01");

        Assert.Equal("2020-01-01", earlier.ValidFrom);
    }

    [Fact]
    public async Task UnitAdministrator_CloseUnitInsideWithClosePositions_PositionsClose()
    {
        var (inside, _, _, token) = await SubtreeAsync();
        var head = await Admin.CreatePositionAsync(inside, "Chủ tịch", PositionRole.Head, "2016-07-01");
        var official = await Admin.CreateOfficialAsync("Nguyễn Vũ Chi");
        await Admin.AppointAsync(official, head, validFrom: "2016-07-01");

        var closed = (await new V1.Units.UnitsClient(Host.With(token)).CloseUnitAsync(new CloseUnitRequest
        {
            Id = inside.Id, ExpectedVersion = inside.Version, EffectiveDate = "2025-07-01", ClosePositions = true,
        })).Unit;

        Assert.Equal("2025-07-01", closed.ClosedOn);
        Assert.Equal("2025-07-01", Assert.Single(await Admin.AppointmentsOfAsync(official)).ValidTo);
    }

    [Fact]
    public async Task Viewer_Reads_ButEveryWriteIsDeniedAndStoresNothing()
    {
        var (inside, _, _, _) = await SubtreeAsync();
        var head = await Admin.CreatePositionAsync(inside, "Chủ tịch", PositionRole.Head, "2016-07-01");
        var official = await Admin.CreateOfficialAsync("Nguyễn Vũ Chi");
        var appointment = await Admin.AppointAsync(official, head, validFrom: "2016-07-01");
        var viewer = new V1.Positions.PositionsClient(Host.With(await TokenAsync(Role.Viewer)));
        var before = await PositionCounts.ReadAsync(Host);

        Assert.Equal(official.Id, Assert.Single((await viewer.HeadAsync(inside, "2020-01-01")).Head.Holders).Official.Id);
        Assert.Single((await viewer.ListAsync(inside, "2020-01-01")).Positions);
        Assert.Equal(official, (await viewer.GetOfficialAsync(new GetOfficialRequest { Id = official.Id })).Official);
        Assert.NotEmpty((await viewer.SearchOfficialsAsync(new SearchOfficialsRequest { Query = "nguyen vu chi" })).Officials);
        Assert.Single(await viewer.AppointmentsOfAsync(official));
        Assert.NotEmpty((await viewer.ListRanksAsync(new ListRanksRequest())).Ranks);

        await Denied(() => viewer.CreatePositionAsync(inside, "Phó Chủ tịch", PositionRole.Deputy));
        await Denied(() => viewer.CreateOfficialAsync("Trần Hải Lâm"));
        await Denied(() => viewer.AppointAsync(official, head, AppointmentKind.Concurrent, "2020-01-01"));
        await Denied(() => viewer.EndAppointmentAsync(new EndAppointmentRequest { Id = appointment.Id, ExpectedVersion = 1, EffectiveDate = "2021-07-01" }).ResponseAsync);
        await Denied(() => viewer.ClosePositionAsync(new ClosePositionRequest { Id = head.Id, ExpectedVersion = 1, EffectiveDate = "2025-07-01", EndAppointments = true }).ResponseAsync);
        await Denied(() => viewer.UpdateOfficialAsync(new UpdateOfficialRequest
        {
            Id = official.Id, RankCode = "01.001", ExpectedVersion = 1, UpdateMask = new Google.Protobuf.WellKnownTypes.FieldMask { Paths = { "rank_code" } },
        }).ResponseAsync);

        Assert.Equal(before, await PositionCounts.ReadAsync(Host));
    }

    [Fact]
    public async Task NoToken_EveryRpc_UnauthenticatedAndStoresNothing()
    {
        var (inside, _, _, _) = await SubtreeAsync();
        var head = await Admin.CreatePositionAsync(inside, "Chủ tịch", PositionRole.Head, "2016-07-01");
        var official = await Admin.CreateOfficialAsync("Nguyễn Vũ Chi");
        var anonymous = new V1.Positions.PositionsClient(Host.With(null));
        var before = await PositionCounts.ReadAsync(Host);
        var calls = new Func<Task>[]
        {
            () => anonymous.CreatePositionAsync(inside, "Phó Chủ tịch", PositionRole.Deputy),
            () => anonymous.ClosePositionAsync(new ClosePositionRequest { Id = head.Id, ExpectedVersion = 1, EffectiveDate = "2025-07-01" }).ResponseAsync,
            () => anonymous.ListAsync(inside),
            () => anonymous.HeadAsync(inside),
            () => anonymous.CreateOfficialAsync("Trần Hải Lâm"),
            () => anonymous.UpdateOfficialAsync(new UpdateOfficialRequest { Id = official.Id, ExpectedVersion = 1 }).ResponseAsync,
            () => anonymous.GetOfficialAsync(new GetOfficialRequest { Id = official.Id }).ResponseAsync,
            () => anonymous.SearchOfficialsAsync(new SearchOfficialsRequest { Query = "chi" }).ResponseAsync,
            () => anonymous.ListRanksAsync(new ListRanksRequest()).ResponseAsync,
            () => anonymous.AppointAsync(official, head, validFrom: "2016-07-01"),
            () => anonymous.EndAppointmentAsync(new EndAppointmentRequest { Id = Guid.NewGuid().ToString(), ExpectedVersion = 1 }).ResponseAsync,
            () => anonymous.AppointmentsOfAsync(official),
        };

        foreach (var call in calls)
        {
            await RpcAssert.Fails(StatusCode.Unauthenticated, call);
        }

        Assert.Equal(before, await PositionCounts.ReadAsync(Host));
    }
}

public sealed class PositionsAccessSqliteTests(SqliteFixture fixture) : PositionsAccessTests(fixture), IClassFixture<SqliteFixture>;

public sealed class PositionsAccessPostgresTests(PostgresFixture fixture) : PositionsAccessTests(fixture), IClassFixture<PostgresFixture>;
