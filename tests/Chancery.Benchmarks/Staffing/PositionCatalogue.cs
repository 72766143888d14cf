using Chancery.Benchmarks.Generation;
using Chancery.Core.Units;

namespace Chancery.Benchmarks.Staffing;

/// <summary>The head's and the deputies' titles of a unit, how many deputies it has, and how senior its officials' ranks are.</summary>
public sealed record UnitPositions(string HeadTitle, string DeputyTitle, int Deputies, bool CollectiveBody, RankTier Tier);

/// <summary>Seniority of the ranks drawn for a unit's officials.</summary>
public enum RankTier
{
    /// <summary>Public employees (viên chức: schools, hospitals, service units): no civil-service rank.</summary>
    None,
    Senior,
    Middle,
    Junior,
}

/// <summary>
/// The positions of a generated unit, from its kind and the first words of its name: Chủ tịch and
/// Phó Chủ tịch of a People's Committee or Council, Giám đốc of a Sở, Trưởng phòng, Hiệu trưởng,
/// Trưởng khoa… Administrative units (country, province, commune) have none: their heads are the
/// People's Committee's.
/// </summary>
public static class PositionCatalogue
{
    private static readonly (string Prefix, string Head, string Deputy)[] ByName =
    [
        ("Sở ", "Giám đốc", "Phó Giám đốc"), ("Ban ", "Trưởng ban", "Phó Trưởng ban"),
        ("Thanh tra", "Chánh Thanh tra", "Phó Chánh Thanh tra"), ("Văn phòng", "Chánh Văn phòng", "Phó Chánh Văn phòng"),
        ("Phòng ", "Trưởng phòng", "Phó Trưởng phòng"), ("Chi cục ", "Chi cục trưởng", "Phó Chi cục trưởng"),
        ("Khoa ", "Trưởng khoa", "Phó Trưởng khoa"), ("Trường ", "Hiệu trưởng", "Phó Hiệu trưởng"),
        ("Trạm ", "Trưởng trạm", "Phó Trưởng trạm"), ("Đội ", "Đội trưởng", "Đội phó"), ("Hạt ", "Hạt trưởng", "Phó Hạt trưởng"),
        ("Tổ ", "Tổ trưởng", "Tổ phó"), ("Nhóm ", "Trưởng nhóm", "Phó Trưởng nhóm"),
        ("Đơn nguyên", "Trưởng đơn nguyên", "Phó Trưởng đơn nguyên"), ("Bộ phận", "Trưởng bộ phận", "Phó Trưởng bộ phận"),
        ("Chốt ", "Trưởng chốt", "Phó Trưởng chốt"), ("Điểm ", "Trưởng điểm", "Phó Trưởng điểm"),
        ("Ủy ban nhân dân", "Chủ tịch", "Phó Chủ tịch"), ("Hội đồng nhân dân", "Chủ tịch", "Phó Chủ tịch"),
    ];

    private static readonly string[] Directors = ["Trung tâm", "Bệnh viện", "Đài ", "Bảo tàng", "Thư viện"];

    /// <summary>The positions of a unit, or null when it has none of its own.</summary>
    public static UnitPositions? For(GenNode unit, SeededRandom random)
    {
        var provincial = unit.Parent?.Kind is UnitKind.Province or UnitKind.City;
        var (head, deputy) = Titles(unit.Name);
        return unit.Kind switch
        {
            UnitKind.Country or UnitKind.Province or UnitKind.City or UnitKind.District or UnitKind.Commune
                or UnitKind.Ward or UnitKind.Township or UnitKind.SpecialZone => null,
            UnitKind.PeopleCommittee => new(head, deputy, provincial ? 4 : 2, true, provincial ? RankTier.Senior : RankTier.Middle),
            UnitKind.PeopleCouncil => new(head, deputy, provincial ? 2 : 1, true, provincial ? RankTier.Senior : RankTier.Middle),
            UnitKind.PartyCommittee => new("Bí thư", "Phó Bí thư", provincial ? 3 : 2, true, provincial ? RankTier.Senior : RankTier.Middle),
            UnitKind.Department => new(head, deputy, random.Between(2, 4), false, RankTier.Senior),
            UnitKind.Agency or UnitKind.Office or UnitKind.Division => new(head, deputy, random.Between(1, 3), false, RankTier.Middle),
            UnitKind.PublicAdministrationCentre => new(head, deputy, 1, false, RankTier.Middle),
            UnitKind.PublicServiceUnit or UnitKind.Hospital => new(head, deputy, random.Between(1, 3), false, RankTier.None),
            UnitKind.School => new(head, deputy, random.Between(1, 3), false, RankTier.None),
            UnitKind.ClinicalDivision => new(head, deputy, 1, false, RankTier.None),
            UnitKind.SubDivision or UnitKind.FieldUnit or UnitKind.Station or UnitKind.Team =>
                new(head, deputy, random.Between(0, 2), false, RankTier.Junior),
            _ => new(head, deputy, random.Between(0, 1), false, RankTier.Junior),
        };
    }

    private static (string Head, string Deputy) Titles(string name)
    {
        foreach (var (prefix, head, deputy) in ByName)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                return (head, deputy);
            }
        }

        return Directors.Any(d => name.StartsWith(d, StringComparison.Ordinal)) ? ("Giám đốc", "Phó Giám đốc") : ("Thủ trưởng", "Phó Thủ trưởng");
    }
}
