using Chancery.Benchmarks.Generation;
using Chancery.Core.Units;

namespace Chancery.Benchmarks.Reform;

/// <summary>
/// A district with its People's Committee and Council and the committee's specialized divisions
/// (phòng chuyên môn), and the communes below it, each with its People's Committee and Council
/// and the committee's health station and schools.
/// </summary>
public sealed class DistrictBuilder(SeededRandom random)
{
    private static readonly string[] Divisions =
    [
        "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân", "Phòng Nội vụ", "Phòng Tư pháp", "Phòng Tài chính - Kế hoạch",
        "Phòng Tài nguyên và Môi trường", "Phòng Lao động - Thương binh và Xã hội", "Phòng Văn hóa và Thông tin",
        "Phòng Giáo dục và Đào tạo", "Phòng Y tế", "Thanh tra",
    ];

    /// <summary>(title, word, urban): "Huyện"/"huyện", "Quận"/"quận", "Thị xã"/"thị xã", "Thành phố"/"thành phố".</summary>
    public PreReformDistrict Build(GenNode province, string place, (string Title, string Word, bool Urban) level, int communes, HashSet<string> used)
    {
        var district = new GenNode($"{level.Title} {place}", UnitKind.District, province);
        var committee = new GenNode($"Ủy ban nhân dân {level.Word} {place}", UnitKind.PeopleCommittee, district);
        _ = new GenNode($"Hội đồng nhân dân {level.Word} {place}", UnitKind.PeopleCouncil, district);
        foreach (var division in Divisions)
        {
            _ = new GenNode(division, division.StartsWith("Văn phòng", StringComparison.Ordinal) ? UnitKind.Office : UnitKind.Division, committee);
        }

        var result = new PreReformDistrict(district, []);
        for (var c = 0; c < communes; c++)
        {
            var kind = level.Urban ? UnitKind.Ward : c == 0 ? UnitKind.Township : UnitKind.Commune;
            result.Communes.Add(Commune(district, ProvinceCatalogue.PlaceName(random, used), kind));
        }

        return result;
    }

    private PreReformCommune Commune(GenNode district, string place, UnitKind kind)
    {
        var (title, word) = kind switch
        {
            UnitKind.Ward => ("Phường", "phường"),
            UnitKind.Township => ("Thị trấn", "thị trấn"),
            _ => ("Xã", "xã"),
        };
        var commune = new GenNode($"{title} {place}", kind, district);
        var committee = new GenNode($"Ủy ban nhân dân {word} {place}", UnitKind.PeopleCommittee, commune);
        var council = new GenNode($"Hội đồng nhân dân {word} {place}", UnitKind.PeopleCouncil, commune);
        foreach (var (name, kindOf, chance) in new[]
        {
            ($"Trạm Y tế {word} {place}", UnitKind.PublicServiceUnit, 0.9), ($"Trường Mầm non {place}", UnitKind.School, 0.85),
            ($"Trường Tiểu học {place}", UnitKind.School, 0.85), ($"Trường THCS {place}", UnitKind.School, 0.75),
        })
        {
            if (random.NextDouble() < chance)
            {
                _ = new GenNode(name, kindOf, committee);
            }
        }

        return new PreReformCommune(commune, committee, council, place);
    }
}
