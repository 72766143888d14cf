using Chancery.Core.Access;
using Chancery.Server.Tests.Positions;
using Chancery.V1;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Chancery.Server.Tests.Access;

/// <summary>
/// The rows of the Positions service: positions, officials and appointments of a fresh unit inside
/// or outside the subtree, made by a system administrator; each change needs the right over that unit.
/// </summary>
public static class PositionsProbes
{
    private const string Reason = "Kiểm tra ma trận quyền";
    private const string From = "2021-01-01";

    public static IEnumerable<Probe> All() =>
    [
        Write("CreatePosition", FreshUnit,
            (c, t) => c.CreatePositionAsync(new CreatePositionRequest
            {
                UnitId = t.Unit!.Id, Title = "Trưởng phòng", Role = PositionRole.Head, ValidFrom = From, Reason = Reason,
            }).ResponseAsync),
        Write("ClosePosition", PositionOfFreshUnit,
            (c, t) => c.ClosePositionAsync(new ClosePositionRequest
            {
                Id = t.Position!.Id, ExpectedVersion = t.Position.Version, EffectiveDate = "2025-01-01", EndAppointments = true, Reason = Reason,
            }).ResponseAsync),
        Read("ListUnitPositions", SharedStaffedUnit, (c, t) => c.ListUnitPositionsAsync(new ListUnitPositionsRequest { UnitId = t.Unit!.Id }).ResponseAsync),
        Read("GetHead", SharedStaffedUnit, (c, t) => c.GetHeadAsync(new GetHeadRequest { UnitId = t.Unit!.Id }).ResponseAsync),

        new("Positions", "CreateOfficial", Scopes.PositionsWrite, Expectations.OfficialsCreate, NoTarget,
            (invoker, _) => Client(invoker).CreateOfficialAsync(new CreateOfficialRequest { FullName = "Nguyễn Văn Thử", RankCode = "01.003", Reason = Reason }).ResponseAsync),

        // An official holding a position now is changed by whoever administers that position's unit.
        Write("UpdateOfficial", StaffedUnit,
            (c, t) => c.UpdateOfficialAsync(new UpdateOfficialRequest
            {
                Id = t.Official!.Id, FullName = "Nguyễn Văn Đổi", ExpectedVersion = t.Official.Version,
                UpdateMask = new FieldMask { Paths = { "full_name" } }, Reason = Reason,
            }).ResponseAsync),
        Read("GetOfficial", SharedStaffedUnit, (c, t) => c.GetOfficialAsync(new GetOfficialRequest { Id = t.Official!.Id }).ResponseAsync),
        Read("SearchOfficials", NoTarget, (c, _) => c.SearchOfficialsAsync(new SearchOfficialsRequest { Query = "nguyen", PageSize = 5 }).ResponseAsync),
        Read("ListRanks", NoTarget, (c, _) => c.ListRanksAsync(new ListRanksRequest()).ResponseAsync),

        Write("Appoint",
            async (s, place) => await PositionOfFreshUnit(s, place) with { Official = await s.Host.Positions.CreateOfficialAsync("Trần Thị Thử") },
            (c, t) => c.AppointAsync(PositionsApi.Appointing(t.Official!, t.Position!, validFrom: From)).ResponseAsync),
        Write("EndAppointment", StaffedUnit,
            (c, t) => c.EndAppointmentAsync(new EndAppointmentRequest
            {
                Id = t.Appointment!.Id, ExpectedVersion = t.Appointment.Version, EffectiveDate = "2024-01-01", Reason = Reason,
            }).ResponseAsync),
        Read("ListOfficialAppointments", SharedStaffedUnit,
            (c, t) => c.ListOfficialAppointmentsAsync(new ListOfficialAppointmentsRequest { OfficialId = t.Official!.Id }).ResponseAsync),
    ];

    private static V1.Positions.PositionsClient Client(CallInvoker invoker) => new(invoker);

    private static Task<Target> NoTarget(MatrixScenario s, Place place) => Task.FromResult(new Target());

    private static async Task<Target> FreshUnit(MatrixScenario s, Place place)
    {
        var unit = await s.NewUnitAsync(place);
        return new Target($"units/{unit.Id}") { Unit = unit };
    }

    /// <summary>A fresh unit with its head position.</summary>
    private static async Task<Target> PositionOfFreshUnit(MatrixScenario s, Place place)
    {
        var target = await FreshUnit(s, place);
        return target with { Position = await s.Host.Positions.CreatePositionAsync(target.Unit!, "Trưởng phòng", PositionRole.Head, From) };
    }

    /// <summary>A fresh unit whose head position an official holds from <see cref="From"/>, until further notice.</summary>
    private static async Task<Target> StaffedUnit(MatrixScenario s, Place place)
    {
        var target = await PositionOfFreshUnit(s, place);
        var official = await s.Host.Positions.CreateOfficialAsync("Nguyễn Văn Giữ");
        var appointment = await s.Host.Positions.AppointAsync(official, target.Position!, validFrom: From);
        return target with { Official = official, Appointment = appointment };
    }

    /// <summary>A staffed unit that the reads share: they change nothing.</summary>
    private static Task<Target> SharedStaffedUnit(MatrixScenario s, Place place) => s.SharedAsync("staffed unit", place, StaffedUnit);

    private static Probe Read(string method, Func<MatrixScenario, Place, Task<Target>> prepare, Func<V1.Positions.PositionsClient, Target, Task> call) =>
        new("Positions", method, Scopes.PositionsRead, Expectations.PositionsRead, prepare, (invoker, target) => call(Client(invoker), target));

    private static Probe Write(string method, Func<MatrixScenario, Place, Task<Target>> prepare, Func<V1.Positions.PositionsClient, Target, Task> call) =>
        new("Positions", method, Scopes.PositionsWrite, Expectations.PositionsWrite, prepare, (invoker, target) => call(Client(invoker), target));
}
