using Chancery.Core.Units;

namespace Chancery.Benchmarks.Generation;

/// <summary>
/// A commune, ward or special zone with its People's Committee and Council, the committee's office,
/// divisions, public administration centre, health station and schools.
/// </summary>
public sealed class CommuneBuilder(SeededRandom random)
{
    public GenNode Build(GenNode province, string placeName, UnitKind kind)
    {
        var (title, word) = kind switch
        {
            UnitKind.Ward => ("Phường", "phường"),
            UnitKind.SpecialZone => ("Đặc khu", "đặc khu"),
            _ => ("Xã", "xã"),
        };
        var commune = new GenNode($"{title} {placeName}", kind, province);
        var committee = new GenNode($"Ủy ban nhân dân {word} {placeName}", UnitKind.PeopleCommittee, commune);
        _ = new GenNode($"Hội đồng nhân dân {word} {placeName}", UnitKind.PeopleCouncil, commune);
        _ = new GenNode("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân", UnitKind.Office, committee);
        _ = new GenNode(kind == UnitKind.Ward ? "Phòng Kinh tế, Hạ tầng và Đô thị" : "Phòng Kinh tế", UnitKind.Division, committee, padOk: true);
        _ = new GenNode("Phòng Văn hóa - Xã hội", UnitKind.Division, committee, padOk: true);
        var centre = new GenNode("Trung tâm Phục vụ hành chính công", UnitKind.PublicAdministrationCentre, committee);
        if (random.NextDouble() < 0.5)
        {
            _ = new GenNode("Bộ phận tiếp nhận và trả kết quả", UnitKind.SubDivision, centre);
        }

        if (random.NextDouble() < 0.8)
        {
            _ = new GenNode($"Trạm Y tế {word} {placeName}", UnitKind.PublicServiceUnit, committee);
        }

        foreach (var (level, chance) in new[] { ("Trường Mầm non", 0.85), ("Trường Tiểu học", 0.85), ("Trường THCS", 0.8) })
        {
            if (random.NextDouble() < chance)
            {
                var school = new GenNode($"{level} {placeName}", UnitKind.School, committee);
                if (level == "Trường THCS")
                {
                    _ = new GenNode("Tổ Khoa học tự nhiên", UnitKind.SubDivision, school, padOk: true);
                    _ = new GenNode("Tổ Khoa học xã hội", UnitKind.SubDivision, school, padOk: true);
                }
            }
        }

        return commune;
    }
}
