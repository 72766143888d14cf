using Chancery.Server.Tests.Infrastructure;
using Chancery.Server.Tests.Positions;
using Chancery.V1;
using Microsoft.EntityFrameworkCore;

namespace Chancery.Server.Tests.Delegations;

/// <summary>
/// A committee (a collective body) with its Chairman, two Vice-Chairmen and a chief of office, and
/// a Phòng Nội vụ below it with a head and a deputy, all appointed from 2016-07-01, built through
/// the public API (under <paramref name="parent"/> when given).
/// </summary>
public sealed record Staffing(
    Unit Committee, Unit Office, Official Chair, Official Deputy1, Official Deputy2, Official Chief, Official OfficeHead, Official OfficeDeputy,
    V1.Appointment ChairAppointment, V1.Appointment Deputy1Appointment, V1.Appointment OfficeHeadAppointment)
{
    public static async Task<Staffing> CreateAsync(ChanceryHost host, Unit? parent = null, V1.Positions.PositionsClient? positions = null)
    {
        positions ??= host.Positions;
        var committee = await host.Units.CreateCommitteeAsync(parent);
        var office = await host.Units.CreateAsync(UnitsApi.UniqueName("Phòng Nội vụ"), UnitKind.Division, committee, "2010-01-01");
        var chair = await positions.CreatePositionAsync(committee, "Chủ tịch", PositionRole.Head, "2010-01-01", collectiveBody: true);
        var deputy1 = await positions.CreatePositionAsync(committee, "Phó Chủ tịch", PositionRole.Deputy, "2010-01-01");
        var deputy2 = await positions.CreatePositionAsync(committee, "Phó Chủ tịch", PositionRole.Deputy, "2010-01-01");
        var chief = await positions.CreatePositionAsync(committee, "Chánh Văn phòng", PositionRole.ChiefOfOffice, "2010-01-01");
        var officeHead = await positions.CreatePositionAsync(office, "Trưởng phòng", PositionRole.Head, "2010-01-01");
        var officeDeputy = await positions.CreatePositionAsync(office, "Phó Trưởng phòng", PositionRole.Deputy, "2010-01-01");
        var people = new List<Official>();
        var appointments = new List<V1.Appointment>();
        foreach (var (name, position) in new[]
        {
            ("Bùi Văn Chủ", chair), ("Nguyễn Văn Một", deputy1), ("Trần Thị Hai", deputy2), ("Lê Văn Chánh", chief),
            ("Đinh Thị Trưởng", officeHead), ("Hà Văn Phó", officeDeputy),
        })
        {
            var official = await positions.CreateOfficialAsync(name);
            people.Add(official);
            appointments.Add(await positions.AppointAsync(official, position, validFrom: "2016-07-01"));
        }

        return new Staffing(committee, office, people[0], people[1], people[2], people[3], people[4], people[5], appointments[0], appointments[1], appointments[4]);
    }

    public static Basis Decision => new() { Number = "86/QĐ-UBND", Date = "2016-07-05", Issuer = "Ủy ban nhân dân huyện Lương Sơn", Title = "Quyết định phân công" };

    public AssignRequest Assigning(Official to, params string[] fields) => new()
    {
        UnitId = Committee.Id, DelegatorOfficialId = Chair.Id, DelegateOfficialId = to.Id, FieldCodes = { fields }, ValidFrom = "2016-07-10", Basis = Decision,
    };

    public AuthorizeRequest Authorizing() => new()
    {
        UnitId = Committee.Id, DelegatorOfficialId = Chair.Id, DelegateOfficialId = OfficeHead.Id, Scope = "Ký hợp đồng lao động",
        DocumentKinds = { "Hợp đồng" }, ValidFrom = "2017-01-01", ValidTo = "2018-01-01", Basis = Decision,
    };

    public GrantByOrderRequest Granting(params string[] kinds) => new()
    {
        UnitId = Committee.Id, DelegatorOfficialId = Chair.Id, DelegateOfficialId = Chief.Id, DocumentKinds = { kinds }, ValidFrom = "2016-07-10", Basis = Decision,
    };
}

/// <summary>What the database holds of delegations and the trail, to show that a refused call stored nothing.</summary>
public sealed record DelegationCounts(int Changes, int Delegations, int AuditEntries)
{
    public static async Task<DelegationCounts> ReadAsync(ChanceryHost host)
    {
        await using var db = host.CreateDbContext();
        return new DelegationCounts(await db.ChangeLog.CountAsync(), await db.Set<Core.Delegations.Delegation>().CountAsync(), await db.AuditEntries.CountAsync());
    }
}
