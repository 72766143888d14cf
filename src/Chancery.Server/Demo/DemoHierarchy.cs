using Chancery.Core.Hierarchy;
using Chancery.Core.Access;
using Chancery.Core.Hierarchy.Commands;
using Chancery.Core.Registry;

namespace Chancery.Server.Demo;

/// <summary>
/// ILLUSTRATIVE DEMO DATA, not an official record. Drawn from the provincial report behind
/// DESIGN.md (Hòa Bình, 2017) and the 2025 reorganization: Hòa Bình province with its People's
/// Committee and the Organization Board of the Provincial Party Committee; the districts Lương
/// Sơn (with thị trấn Lương Sơn), Kỳ Sơn, Lạc Thủy (with its public administration centre) and
/// Kim Bôi (with xã Sơn Thủy), each with its People's Committee; and the changes of 2025-07-01:
/// the district level closes, and the units move under Phú Thọ province (merged from Vĩnh Phúc,
/// Hòa Bình and Phú Thọ). Establishment dates are simplified; the electronic identifier codes
/// have the official form but are made up for the demo.
/// </summary>
public static class DemoHierarchy
{
    public static readonly DateOnly Reform = new(2025, 7, 1);
    public const string ReformBasis = "Nghị quyết 202/2025/QH15 về sắp xếp đơn vị hành chính cấp tỉnh (illustrative demo data)";

    private static readonly DateOnly HoaBinhFounded = new(1991, 10, 1);
    private static readonly DateOnly VinhPhuFounded = new(1997, 1, 1);

    /// <summary>Codes by which the demo units can be found.</summary>
    public static class Codes
    {
        public const string HoaBinh = "000.00.00.H30";
        public const string PhuTho = "000.00.00.H43";
        public const string VinhPhuc = "000.00.00.H62";
        public const string LuongSon = "000.00.05.H30";
        public const string KySon = "000.00.06.H30";
        public const string LacThuy = "000.00.07.H30";
        public const string KimBoi = "000.00.08.H30";
        public const string ThiTranLuongSon = "000.05.05.H30";
        public const string SonThuy = "000.08.08.H30";
    }

    public static async Task SeedAsync(UnitCommands units, CancellationToken ct)
    {
        var op = new WriteRequest("demo/seed", Actor.System("demo data"), "Dữ liệu minh họa (demo)");
        var reform = op with { Reason = ReformBasis };

        async Task<UnitView> Create(string name, UnitKind kind, UnitView? parent, DateOnly from, string? code = null, string? shortName = null) =>
            await units.CreateAsync(new CreateUnitCommand(name, shortName, kind, parent?.Unit.Id, code, from, "Dữ liệu minh họa (demo)"), op, ct);

        var hoaBinh = await Create("Tỉnh Hòa Bình", UnitKind.Province, null, HoaBinhFounded, Codes.HoaBinh);
        await Create("Ủy ban nhân dân tỉnh Hòa Bình", UnitKind.PeopleCommittee, hoaBinh, HoaBinhFounded, "000.00.01.H30", "UBND tỉnh Hòa Bình");
        var tinhUy = await Create("Tỉnh ủy Hòa Bình", UnitKind.PartyCommittee, hoaBinh, HoaBinhFounded);
        await Create("Ban Tổ chức Tỉnh ủy Hòa Bình", UnitKind.PartyAgency, tinhUy, HoaBinhFounded);

        var luongSon = await Create("Huyện Lương Sơn", UnitKind.District, hoaBinh, HoaBinhFounded, Codes.LuongSon);
        await Create("Ủy ban nhân dân huyện Lương Sơn", UnitKind.PeopleCommittee, luongSon, HoaBinhFounded, "000.01.05.H30", "UBND huyện Lương Sơn");
        var thiTran = await Create("Thị trấn Lương Sơn", UnitKind.Township, luongSon, HoaBinhFounded, Codes.ThiTranLuongSon);

        var kySon = await Create("Huyện Kỳ Sơn", UnitKind.District, hoaBinh, HoaBinhFounded, Codes.KySon);
        await Create("Ủy ban nhân dân huyện Kỳ Sơn", UnitKind.PeopleCommittee, kySon, HoaBinhFounded, "000.01.06.H30", "UBND huyện Kỳ Sơn");

        var lacThuy = await Create("Huyện Lạc Thủy", UnitKind.District, hoaBinh, HoaBinhFounded, Codes.LacThuy);
        await Create("Ủy ban nhân dân huyện Lạc Thủy", UnitKind.PeopleCommittee, lacThuy, HoaBinhFounded, "000.01.07.H30", "UBND huyện Lạc Thủy");
        await Create("Trung tâm Hành chính công huyện Lạc Thủy", UnitKind.PublicAdministrationCentre, lacThuy, new DateOnly(2016, 10, 1));

        var kimBoi = await Create("Huyện Kim Bôi", UnitKind.District, hoaBinh, HoaBinhFounded, Codes.KimBoi);
        await Create("Ủy ban nhân dân huyện Kim Bôi", UnitKind.PeopleCommittee, kimBoi, HoaBinhFounded, "000.01.08.H30", "UBND huyện Kim Bôi");
        var sonThuy = await Create("Xã Sơn Thủy", UnitKind.Commune, kimBoi, HoaBinhFounded, Codes.SonThuy);

        var phuTho = await Create("Tỉnh Phú Thọ", UnitKind.Province, null, VinhPhuFounded, Codes.PhuTho);
        await Create("Ủy ban nhân dân tỉnh Phú Thọ", UnitKind.PeopleCommittee, phuTho, VinhPhuFounded, "000.00.01.H43", "UBND tỉnh Phú Thọ");
        var vinhPhuc = await Create("Tỉnh Vĩnh Phúc", UnitKind.Province, null, VinhPhuFounded, Codes.VinhPhuc);
        await Create("Ủy ban nhân dân tỉnh Vĩnh Phúc", UnitKind.PeopleCommittee, vinhPhuc, VinhPhuFounded, "000.00.01.H62", "UBND tỉnh Vĩnh Phúc");

        await ReformAsync(units, reform, phuTho, thiTran, sonThuy, ct);
    }

    /// <summary>2025-07-01: communes move under Phú Thọ, the district level and the merged provinces close.</summary>
    private static async Task ReformAsync(UnitCommands units, WriteRequest op, UnitView phuTho, UnitView thiTran, UnitView sonThuy, CancellationToken ct)
    {
        var moved = await units.MoveAsync(new MoveUnitCommand(thiTran.Unit.Id, phuTho.Unit.Id, thiTran.Unit.Version, Reform, ReformBasis), op, ct);
        var xaLuongSon = await units.UpdateAsync(new UpdateUnitCommand(moved.Unit.Id, UnitFields.Name | UnitFields.Kind, "Xã Lương Sơn", null, UnitKind.Commune, null, moved.Unit.Version, Reform, ReformBasis), op, ct);
        await units.MoveAsync(new MoveUnitCommand(sonThuy.Unit.Id, phuTho.Unit.Id, sonThuy.Unit.Version, Reform, ReformBasis), op, ct);
        await units.CreateAsync(new CreateUnitCommand("Ủy ban nhân dân xã Lương Sơn", "UBND xã Lương Sơn", UnitKind.PeopleCommittee, xaLuongSon.Unit.Id, null, Reform, ReformBasis), op, ct);
        await units.CreateAsync(new CreateUnitCommand("Trung tâm Phục vụ hành chính công tỉnh Phú Thọ", null, UnitKind.PublicAdministrationCentre, phuTho.Unit.Id, null, Reform, ReformBasis), op, ct);

        // Close bottom-up: the People's Committees and centres, then the districts, then the provinces.
        var hierarchyOrder = new[] { Codes.LuongSon, Codes.KySon, Codes.LacThuy, Codes.KimBoi, Codes.HoaBinh, Codes.VinhPhuc };
        foreach (var code in hierarchyOrder)
        {
            await CloseSubtreeAsync(units, code, op, ct);
        }
    }

    private static async Task CloseSubtreeAsync(UnitCommands units, string code, WriteRequest op, CancellationToken ct)
    {
        var hierarchy = units.Registry.Current.Hierarchy;
        var top = hierarchy.RequireByCode(code, Reform.AddDays(-1));
        var below = hierarchy.Subtree(top, Reform.AddDays(-1), 0).Reverse().ToList();
        foreach (var item in below)
        {
            var unit = units.Registry.Current.Hierarchy.RequireUnit(item.View.Unit.Id);
            var movedAway = unit.At(Reform) is { } after && after.ParentId != item.View.Version.ParentId;
            if (unit.Closed is null && !movedAway)
            {
                await units.CloseAsync(new CloseUnitCommand(unit.Id, unit.Version, Reform, ReformBasis), op, ct);
            }
        }
    }
}
