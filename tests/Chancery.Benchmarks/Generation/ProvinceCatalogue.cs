namespace Chancery.Benchmarks.Generation;

/// <summary>
/// The 34 provincial-level units after the 2025 merger (6 centrally-run cities, 28 provinces),
/// each with a weight that spreads the 3,321 communes and wards; and the syllables of made-up
/// place names. As in the OpenLDAP peer's generator (bench/ldap-peer/gen_hierarchy.py).
/// </summary>
public static class ProvinceCatalogue
{
    public const int TotalCommunes = 3321;

    public static readonly IReadOnlyList<(string Name, bool IsCity, int Weight)> Provinces =
    [
        ("Thành phố Hà Nội", true, 126), ("Thành phố Huế", true, 40),
        ("Thành phố Hải Phòng", true, 114), ("Thành phố Đà Nẵng", true, 94),
        ("Thành phố Hồ Chí Minh", true, 168), ("Thành phố Cần Thơ", true, 103),
        ("Tỉnh Lai Châu", false, 38), ("Tỉnh Điện Biên", false, 45),
        ("Tỉnh Sơn La", false, 75), ("Tỉnh Lạng Sơn", false, 65),
        ("Tỉnh Quảng Ninh", false, 54), ("Tỉnh Thanh Hóa", false, 166),
        ("Tỉnh Nghệ An", false, 130), ("Tỉnh Hà Tĩnh", false, 69),
        ("Tỉnh Cao Bằng", false, 56), ("Tỉnh Tuyên Quang", false, 124),
        ("Tỉnh Lào Cai", false, 99), ("Tỉnh Thái Nguyên", false, 92),
        ("Tỉnh Phú Thọ", false, 148), ("Tỉnh Bắc Ninh", false, 99),
        ("Tỉnh Hưng Yên", false, 104), ("Tỉnh Ninh Bình", false, 129),
        ("Tỉnh Quảng Trị", false, 78), ("Tỉnh Quảng Ngãi", false, 96),
        ("Tỉnh Gia Lai", false, 135), ("Tỉnh Khánh Hòa", false, 65),
        ("Tỉnh Lâm Đồng", false, 124), ("Tỉnh Đắk Lắk", false, 102),
        ("Tỉnh Đồng Nai", false, 95), ("Tỉnh Tây Ninh", false, 96),
        ("Tỉnh Vĩnh Long", false, 124), ("Tỉnh Đồng Tháp", false, 102),
        ("Tỉnh Cà Mau", false, 64), ("Tỉnh An Giang", false, 102),
    ];

    /// <summary>The 13 special zones (đặc khu) of 2025, by province.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> SpecialZones = new Dictionary<string, string[]>
    {
        ["Tỉnh Quảng Ninh"] = ["Vân Đồn", "Cô Tô"],
        ["Thành phố Hải Phòng"] = ["Cát Hải", "Bạch Long Vĩ"],
        ["Tỉnh Quảng Trị"] = ["Cồn Cỏ"],
        ["Thành phố Đà Nẵng"] = ["Hoàng Sa"],
        ["Tỉnh Quảng Ngãi"] = ["Lý Sơn"],
        ["Tỉnh Khánh Hòa"] = ["Trường Sa"],
        ["Tỉnh Lâm Đồng"] = ["Phú Quý"],
        ["Thành phố Hồ Chí Minh"] = ["Côn Đảo"],
        ["Tỉnh An Giang"] = ["Phú Quốc", "Kiên Hải", "Thổ Châu"],
    };

    public static readonly IReadOnlyList<string> FirstSyllables =
        ("An Bình Tân Phú Hòa Long Thạnh Vĩnh Đông Tây Nam Bắc Hưng Thuận Mỹ Phước Thanh " +
         "Quang Xuân Hải Minh Trung Đức Hiệp Lộc Thịnh Cẩm Kim Ngọc Hồng Sơn Thủy Lâm Gia " +
         "Yên Hà Đại Tam Thái Quảng Nghĩa Cát Trường Định Hợp").Split(' ');

    public static readonly IReadOnlyList<string> SecondSyllables =
        ("An Bình Hòa Phú Lợi Thành Lộc Thuận Hưng Phong Tiến Thịnh Sơn Hải Lâm Điền Mỹ " +
         "Trung Tân Đông Tây Nam Bắc Khánh Long Phước Xuân Hiệp Quang Minh Vinh Thọ Thắng " +
         "Lạc Định Nghĩa Đức Dương Giang Hà Tường Phát Quý Đạt").Split(' ');

    /// <summary>"Tỉnh Tây Ninh" → "Tây Ninh".</summary>
    public static string ShortName(string name) => name.Replace("Thành phố ", "").Replace("Tỉnh ", "");

    /// <summary>A two-syllable place name not yet used in <paramref name="used"/>.</summary>
    public static string PlaceName(SeededRandom random, HashSet<string> used)
    {
        for (var attempt = 0; attempt < 1000; attempt++)
        {
            var (a, b) = (random.Choice(FirstSyllables), random.Choice(SecondSyllables));
            if (a != b && used.Add($"{a} {b}"))
            {
                return $"{a} {b}";
            }
        }

        throw new InvalidOperationException("Ran out of place names.");
    }

    /// <summary>Largest-remainder apportionment of <paramref name="total"/> over the weights.</summary>
    public static int[] Spread(int total, IReadOnlyList<int> weights)
    {
        double sum = weights.Sum();
        var raw = weights.Select(w => total * w / sum).ToArray();
        var result = raw.Select(x => (int)x).ToArray();
        var rest = total - result.Sum();
        foreach (var i in Enumerable.Range(0, raw.Length).OrderBy(i => -(raw[i] - result[i])).ThenBy(i => i).Take(rest))
        {
            result[i]++;
        }

        return result;
    }
}
