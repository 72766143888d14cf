using Chancery.Core.Positions;
using Chancery.Core.Units;

namespace Chancery.Core.Tests.Positions;

/// <summary>
/// A position carried to another unit (a plan's carry_positions): the old one closes, its
/// appointments end; a new one with the same title and role opens in the other unit, held by
/// whoever held the old one then, on the plan's basis.
/// </summary>
public sealed class CarryPositionTests
{
    private static readonly DateOnly Reform = Day("2025-07-01");
    private static readonly Chancery.Core.Kernel.LegalBasis Resolution = new("1656/NQ-UBTVQH15", Day("2025-06-16"), "Ủy ban Thường vụ Quốc hội", null);

    [Fact]
    public void Carry_HeldPosition_OldClosesNewOpensHoldersCarried()
    {
        var s = new TestStaffing();
        var district = s.Unit("Ủy ban nhân dân huyện Lương Sơn");
        var commune = s.Unit("Ủy ban nhân dân xã Lương Sơn");
        var chairman = s.PositionIn(district, "Chủ tịch", PositionRole.Head);
        var official = s.Official();
        var held = s.AppointmentOf(official, chairman, AppointmentKind.Acting, to: "2026-01-01");
        var newId = s.Units.NewId();

        var carried = s.Run(c => PositionChanges.Carry(c, chairman, commune, Reform, newId, Resolution, _ => s.Units.NewId()));

        Assert.Equal(Reform, s.Position(chairman).To);
        Assert.Equal(Reform, s.Appointment(held).To);
        Assert.Equal((newId, commune, "Chủ tịch", PositionRole.Head, Reform, (DateOnly?)null),
            (carried.Id, carried.UnitId, carried.Title, carried.Role, carried.From, carried.To));
        var again = Assert.Single(s.AppointmentsTo(newId));
        Assert.Equal((official, AppointmentKind.Acting, Reform, (DateOnly?)Day("2026-01-01"), Resolution),
            (again.OfficialId, again.Kind, again.From, again.To, again.Basis));
    }

    [Fact]
    public void Carry_Twice_Refused()
    {
        var s = new TestStaffing();
        var district = s.Unit("Ủy ban nhân dân huyện Lương Sơn");
        var commune = s.Unit("Ủy ban nhân dân xã Lương Sơn");
        var deputy = s.PositionIn(district);
        var newId = s.Units.NewId();

        Refused.ByRule("positions.carried-once", () => s.Run(c =>
        {
            PositionChanges.Carry(c, deputy, commune, Reform, newId, Resolution, _ => s.Units.NewId());
            return PositionChanges.Carry(c, deputy, commune, Reform, newId, Resolution, _ => s.Units.NewId());
        }));

        Assert.Null(s.Position(deputy).To);
    }

    [Fact]
    public void Carry_AfterUnitEndedInSameChange_CarriedAsItStood()
    {
        var s = new TestStaffing();
        var district = s.Unit("Ủy ban nhân dân huyện Lương Sơn");
        var commune = s.Unit("Ủy ban nhân dân xã Lương Sơn");
        var deputy = s.PositionIn(district);
        var official = s.Official();
        s.AppointmentOf(official, deputy);
        var newId = s.Units.NewId();

        s.Run(c =>
        {
            UnitChanges.Close(c, district, Reform, endDependants: true);
            return PositionChanges.Carry(c, deputy, commune, Reform, newId, Resolution, _ => s.Units.NewId());
        });

        Assert.Equal(Reform, s.Units[district].Closed);
        Assert.Equal((Reform, 2L), (s.Position(deputy).To!.Value, s.Position(deputy).Version));
        Assert.Equal(official, Assert.Single(s.AppointmentsTo(newId)).OfficialId);
    }

    [Fact]
    public void Carry_IntoUnitNotYetExisting_Refused()
    {
        var s = new TestStaffing();
        var district = s.Unit("Ủy ban nhân dân huyện Lương Sơn");
        var commune = s.Unit("Ủy ban nhân dân xã Lương Sơn", from: "2026-01-01");
        var deputy = s.PositionIn(district);

        Refused.ByRule(PositionRules.PositionInUnit, () => s.Run(c => PositionChanges.Carry(c, deputy, commune, Reform, s.Units.NewId(), Resolution, _ => s.Units.NewId())));
    }
}
