using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using Microsoft.EntityFrameworkCore;

namespace Chancery.Server.Tests.Positions;

/// <summary>Short ways to build positions, officials and appointments through the public API.</summary>
public static class PositionsApi
{
    public static Basis Decision(string number = "125/QĐ-UBND", string date = "2020-12-28") =>
        new() { Number = number, Date = date, Issuer = "Ủy ban nhân dân tỉnh Hòa Bình", Title = "Quyết định bổ nhiệm" };

    public static async Task<Position> CreatePositionAsync(this V1.Positions.PositionsClient positions, Unit unit, string title = "Chủ tịch",
        PositionRole role = PositionRole.Head, string validFrom = "2020-01-01", bool collectiveBody = false)
    {
        var response = await positions.CreatePositionAsync(new CreatePositionRequest
        {
            UnitId = unit.Id, Title = title, Role = role, ValidFrom = validFrom, CollectiveBody = collectiveBody,
        });
        return response.Position;
    }

    public static async Task<Official> CreateOfficialAsync(this V1.Positions.PositionsClient positions, string fullName, string rankCode = "01.002") =>
        (await positions.CreateOfficialAsync(new CreateOfficialRequest { FullName = fullName, RankCode = rankCode })).Official;

    public static AppointRequest Appointing(Official official, Position position, AppointmentKind kind = AppointmentKind.Permanent,
        string validFrom = "2021-01-01", string validTo = "") =>
        new()
        {
            OfficialId = official.Id, PositionId = position.Id, Kind = kind, ValidFrom = validFrom, ValidTo = validTo, Basis = Decision(),
        };

    public static async Task<V1.Appointment> AppointAsync(this V1.Positions.PositionsClient positions, Official official, Position position,
        AppointmentKind kind = AppointmentKind.Permanent, string validFrom = "2021-01-01", string validTo = "") =>
        (await positions.AppointAsync(Appointing(official, position, kind, validFrom, validTo))).Appointment;

    /// <summary>A province of its own with a People's Committee below it, from 2000 and 2010.</summary>
    public static async Task<Unit> CreateCommitteeAsync(this V1.Units.UnitsClient units, Unit? parent = null, string validFrom = "2010-01-01")
    {
        parent ??= await units.CreateRootAsync();
        return await units.CreateAsync(UnitsApi.UniqueName("Ủy ban nhân dân huyện"), UnitKind.PeopleCommittee, parent, validFrom);
    }

    public static async Task<GetHeadResponse> HeadAsync(this V1.Positions.PositionsClient positions, Unit unit, string asOf = "") =>
        await positions.GetHeadAsync(new GetHeadRequest { UnitId = unit.Id, AsOf = asOf });

    public static async Task<ListUnitPositionsResponse> ListAsync(this V1.Positions.PositionsClient positions, Unit unit, string asOf = "") =>
        await positions.ListUnitPositionsAsync(new ListUnitPositionsRequest { UnitId = unit.Id, AsOf = asOf });

    public static async Task<IReadOnlyList<V1.Appointment>> AppointmentsOfAsync(this V1.Positions.PositionsClient positions, Official official) =>
        (await positions.ListOfficialAppointmentsAsync(new ListOfficialAppointmentsRequest { OfficialId = official.Id })).Appointments;
}

/// <summary>What the database holds of staffing and its trail, to show that a refused call stored nothing.</summary>
public sealed record PositionCounts(int Changes, int Positions, int Appointments, int Officials, int AuditEntries)
{
    public static async Task<PositionCounts> ReadAsync(ChanceryHost host)
    {
        await using var db = host.CreateDbContext();
        return new PositionCounts(
            await db.ChangeLog.CountAsync(), await db.Positions.CountAsync(), await db.Appointments.CountAsync(),
            await db.Officials.CountAsync(), await db.AuditEntries.CountAsync());
    }
}
