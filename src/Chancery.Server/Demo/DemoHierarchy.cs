using Chancery.Core.Access;
using Chancery.Core.Kernel;
using Chancery.Core.Positions;
using Chancery.Core.Registry;
using Chancery.Core.Reorganizations;
using Chancery.Core.Units;
using Chancery.Core.Units.Commands;

namespace Chancery.Server.Demo;

/// <summary>
/// ILLUSTRATIVE DEMO DATA, not an official record. Drawn from the provincial report behind
/// DESIGN.md (Hòa Bình, 2017) and the 2025 reorganization: Hòa Bình province with its People's
/// Committee and the Organization Board of the Provincial Party Committee; the districts Lương
/// Sơn (with thị trấn Lương Sơn), Kỳ Sơn, Lạc Thủy (with its public administration centre) and
/// Kim Bôi (with xã Sơn Thủy and its Party Committee, and xã Thượng Bì), each with its People's
/// Committee; and the changes of 2025-07-01 as one reorganization plan with lineage (see
/// <see cref="ReformPlan"/>): the district level closes, communes move under Phú Thọ province
/// (merged from Vĩnh Phúc, Hòa Bình and Phú Thọ), two communes merge. Establishment dates are simplified; the electronic identifier codes
/// have the official form but are made up for the demo.
/// </summary>
public static class DemoHierarchy
{
    public static readonly DateOnly Reform = new(2025, 7, 1);
    public const string ReformPlanId = "demo-reform-2025-07-01";

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
        public const string ThuongBi = "000.09.08.H30";
        public const string XaKimBoi = "000.01.00.H43";
        public const string UbndHoaBinh = "000.00.01.H30";
        public const string TinhUyHoaBinh = "000.00.02.H30";
        public const string UbndPhuTho = "000.00.01.H43";
        public const string UbndVinhPhuc = "000.00.01.H62";
    }

    public static async Task SeedAsync(UnitCommands units, PlanCommands plans, PositionCommands positions, Core.Delegations.DelegationCommands delegations, Core.Delegations.Catalogue.FieldCommands fields, CancellationToken ct)
    {
        var op = new WriteRequest("demo/seed", Actor.System("demo data"), "Dữ liệu minh họa (demo)");

        async Task<UnitView> Create(string name, UnitKind kind, UnitView? parent, DateOnly from, string? code = null, string? shortName = null) =>
            await units.CreateAsync(new CreateUnitCommand(name, shortName, kind, parent?.Unit.Id, code, from), op, ct);

        var hoaBinh = await Create("Tỉnh Hòa Bình", UnitKind.Province, null, HoaBinhFounded, Codes.HoaBinh);
        await Create("Ủy ban nhân dân tỉnh Hòa Bình", UnitKind.PeopleCommittee, hoaBinh, HoaBinhFounded, Codes.UbndHoaBinh, "UBND tỉnh Hòa Bình");
        var tinhUy = await Create("Tỉnh ủy Hòa Bình", UnitKind.PartyCommittee, hoaBinh, HoaBinhFounded, Codes.TinhUyHoaBinh);
        await Create("Ban Tổ chức Tỉnh ủy Hòa Bình", UnitKind.PartyAgency, tinhUy, HoaBinhFounded);

        var luongSon = await Create("Huyện Lương Sơn", UnitKind.District, hoaBinh, HoaBinhFounded, Codes.LuongSon);
        await Create("Ủy ban nhân dân huyện Lương Sơn", UnitKind.PeopleCommittee, luongSon, HoaBinhFounded, "000.01.05.H30", "UBND huyện Lương Sơn");
        await Create("Thị trấn Lương Sơn", UnitKind.Township, luongSon, HoaBinhFounded, Codes.ThiTranLuongSon);

        var kySon = await Create("Huyện Kỳ Sơn", UnitKind.District, hoaBinh, HoaBinhFounded, Codes.KySon);
        await Create("Ủy ban nhân dân huyện Kỳ Sơn", UnitKind.PeopleCommittee, kySon, HoaBinhFounded, "000.01.06.H30", "UBND huyện Kỳ Sơn");

        var lacThuy = await Create("Huyện Lạc Thủy", UnitKind.District, hoaBinh, HoaBinhFounded, Codes.LacThuy);
        await Create("Ủy ban nhân dân huyện Lạc Thủy", UnitKind.PeopleCommittee, lacThuy, HoaBinhFounded, "000.01.07.H30", "UBND huyện Lạc Thủy");
        await Create("Trung tâm Hành chính công huyện Lạc Thủy", UnitKind.PublicAdministrationCentre, lacThuy, new DateOnly(2016, 10, 1));

        var kimBoi = await Create("Huyện Kim Bôi", UnitKind.District, hoaBinh, HoaBinhFounded, Codes.KimBoi);
        await Create("Ủy ban nhân dân huyện Kim Bôi", UnitKind.PeopleCommittee, kimBoi, HoaBinhFounded, "000.01.08.H30", "UBND huyện Kim Bôi");
        var sonThuy = await Create("Xã Sơn Thủy", UnitKind.Commune, kimBoi, HoaBinhFounded, Codes.SonThuy);
        await Create("Đảng ủy xã Sơn Thủy", UnitKind.PartyCommittee, sonThuy, HoaBinhFounded);
        await Create("Xã Thượng Bì", UnitKind.Commune, kimBoi, HoaBinhFounded, Codes.ThuongBi);

        var phuTho = await Create("Tỉnh Phú Thọ", UnitKind.Province, null, VinhPhuFounded, Codes.PhuTho);
        await Create("Ủy ban nhân dân tỉnh Phú Thọ", UnitKind.PeopleCommittee, phuTho, VinhPhuFounded, Codes.UbndPhuTho, "UBND tỉnh Phú Thọ");
        var vinhPhuc = await Create("Tỉnh Vĩnh Phúc", UnitKind.Province, null, VinhPhuFounded, Codes.VinhPhuc);
        await Create("Ủy ban nhân dân tỉnh Vĩnh Phúc", UnitKind.PeopleCommittee, vinhPhuc, VinhPhuFounded, Codes.UbndVinhPhuc, "UBND tỉnh Vĩnh Phúc");

        await DemoPositions.SeedAsync(positions, units.Registry, op, ct);
        await DemoDelegations.SeedAsync(delegations, fields, units.Registry, op, ct);
        await plans.ApplyAsync(ReformPlan(), op with { Reason = null }, ct);
    }

    /// <summary>
    /// 2025-07-01 as one plan with lineage: thị trấn Lương Sơn becomes xã Lương Sơn under Phú Thọ;
    /// xã Sơn Thủy and xã Thượng Bì merge into a new xã Kim Bôi; the People's Committees of the
    /// three provinces merge into Phú Thọ's; the districts and the Provincial Party Committee of
    /// Hòa Bình are dissolved with what remains below them; Vĩnh Phúc and Hòa Bình merge into Phú Thọ.
    /// </summary>
    public static ReorganizationPlan ReformPlan()
    {
        static UnitRef Code(string code) => new(Code: code);
        PlanOperation Dissolve(string code) => new DissolveOperation(Code(code), ChildrenDisposition.Close, null);
        return new ReorganizationPlan(ReformPlanId, Reform,
            new LegalBasis("202/2025/QH15", new DateOnly(2025, 6, 12), "Quốc hội", "Nghị quyết về việc sắp xếp đơn vị hành chính cấp tỉnh (dữ liệu minh họa)"),
            "Illustrative demo: the reform of 2025-07-01 in Hòa Bình and Phú Thọ.",
            [
                new RenameOperation(Code(Codes.ThiTranLuongSon), UnitFields.Name | UnitFields.Kind, "Xã Lương Sơn", null, UnitKind.Commune, null),
                new TransferOperation([Code(Codes.ThiTranLuongSon)], Code(Codes.PhuTho)),
                new MergeOperation([Code(Codes.SonThuy), Code(Codes.ThuongBi)], null,
                    new NewUnitSpec("xa-kim-boi", "Xã Kim Bôi", null, UnitKind.Commune, Code(Codes.PhuTho), Codes.XaKimBoi), ChildrenDisposition.Close),
                new EstablishOperation(new NewUnitSpec("ubnd-xa-luong-son", "Ủy ban nhân dân xã Lương Sơn", "UBND xã Lương Sơn", UnitKind.PeopleCommittee, Code(Codes.ThiTranLuongSon), null)),
                new EstablishOperation(new NewUnitSpec("ubnd-xa-kim-boi", "Ủy ban nhân dân xã Kim Bôi", "UBND xã Kim Bôi", UnitKind.PeopleCommittee, new UnitRef(Ref: "xa-kim-boi"), null)),
                new MergeOperation([Code(Codes.UbndVinhPhuc), Code(Codes.UbndHoaBinh), Code(Codes.UbndPhuTho)], Code(Codes.UbndPhuTho), null, ChildrenDisposition.Default),
                Dissolve(Codes.TinhUyHoaBinh),
                Dissolve(Codes.LuongSon),
                Dissolve(Codes.KySon),
                Dissolve(Codes.LacThuy),
                Dissolve(Codes.KimBoi),
                new EstablishOperation(new NewUnitSpec("tt-phuc-vu-hcc", "Trung tâm Phục vụ hành chính công tỉnh Phú Thọ", null, UnitKind.PublicAdministrationCentre, Code(Codes.PhuTho), null)),
                new MergeOperation([Code(Codes.VinhPhuc), Code(Codes.HoaBinh), Code(Codes.PhuTho)], Code(Codes.PhuTho), null, ChildrenDisposition.Default),
            ]);
    }
}
