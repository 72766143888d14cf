using Chancery.Portal.Setup;
using Chancery.V1;

namespace Chancery.Portal.Texts;

/// <summary>The names of the API's enumerations, in the page's language.</summary>
public static class Names
{
    private static readonly Dictionary<UnitKind, (string Vi, string En)> Kinds = new()
    {
        [UnitKind.Country] = ("Quốc gia", "Country"),
        [UnitKind.Province] = ("Tỉnh", "Province"),
        [UnitKind.City] = ("Thành phố trực thuộc trung ương", "Centrally governed city"),
        [UnitKind.District] = ("Huyện, quận, thị xã", "District"),
        [UnitKind.Commune] = ("Xã", "Commune"),
        [UnitKind.Ward] = ("Phường", "Ward"),
        [UnitKind.Township] = ("Thị trấn", "Township"),
        [UnitKind.SpecialZone] = ("Đặc khu", "Special zone"),
        [UnitKind.PeopleCommittee] = ("Ủy ban nhân dân", "People's Committee"),
        [UnitKind.PeopleCouncil] = ("Hội đồng nhân dân", "People's Council"),
        [UnitKind.PartyCommittee] = ("Cấp ủy đảng", "Party committee"),
        [UnitKind.PartyAgency] = ("Ban của cấp ủy", "Party agency"),
        [UnitKind.Department] = ("Sở, ban, ngành", "Department"),
        [UnitKind.Agency] = ("Chi cục, ban quản lý", "Agency"),
        [UnitKind.Division] = ("Phòng", "Division"),
        [UnitKind.SubDivision] = ("Tổ, bộ phận", "Sub-division"),
        [UnitKind.Office] = ("Văn phòng", "Office"),
        [UnitKind.PublicServiceUnit] = ("Đơn vị sự nghiệp công lập", "Public service unit"),
        [UnitKind.PublicAdministrationCentre] = ("Trung tâm phục vụ hành chính công", "Public administration centre"),
        [UnitKind.Hospital] = ("Bệnh viện", "Hospital"),
        [UnitKind.ClinicalDivision] = ("Khoa", "Clinical division"),
        [UnitKind.School] = ("Trường học", "School"),
        [UnitKind.FieldUnit] = ("Hạt, đội", "Field unit"),
        [UnitKind.Station] = ("Trạm", "Station"),
        [UnitKind.Team] = ("Đội", "Team"),
        [UnitKind.Group] = ("Nhóm", "Group"),
        [UnitKind.Other] = ("Khác", "Other"),
    };

    private static readonly Dictionary<LineageKind, (string Vi, string En)> LineageKinds = new()
    {
        [LineageKind.Merged] = ("Hợp nhất, sáp nhập", "Merged"),
        [LineageKind.Split] = ("Chia tách", "Split"),
        [LineageKind.Transferred] = ("Điều chuyển", "Transferred"),
        [LineageKind.Renamed] = ("Đổi tên", "Renamed"),
        [LineageKind.Dissolved] = ("Giải thể", "Dissolved"),
        [LineageKind.Established] = ("Thành lập", "Established"),
    };

    private static readonly Dictionary<AppointmentKind, (string Vi, string En)> AppointmentKinds = new()
    {
        [AppointmentKind.Permanent] = ("Bổ nhiệm", "Permanent"),
        [AppointmentKind.Acting] = ("Quyền", "Acting"),
        [AppointmentKind.Concurrent] = ("Kiêm nhiệm", "Concurrent"),
    };

    public static IEnumerable<UnitKind> UnitKinds => Kinds.Keys;

    public static string Of(UnitKind kind) => Pick(Kinds, kind, kind.ToString());

    public static string Of(LineageKind kind) => Pick(LineageKinds, kind, kind.ToString());

    public static string Of(AppointmentKind kind) => Pick(AppointmentKinds, kind, "");

    private static string Pick<T>(Dictionary<T, (string Vi, string En)> names, T key, string otherwise)
        where T : notnull =>
        names.TryGetValue(key, out var name) ? (Languages.IsEnglish ? name.En : name.Vi) : otherwise;
}
