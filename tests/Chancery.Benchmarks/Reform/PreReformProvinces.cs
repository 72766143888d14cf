using Chancery.Benchmarks.Generation;

namespace Chancery.Benchmarks.Reform;

/// <summary>
/// The 63 provincial-level units before 2025-07-01, each with the province of 2025 it became part
/// of (Resolution 202/2025/QH15): 11 unchanged, 52 merged into 23. The first source of each
/// merger is the one whose name the merged province takes. Communes are spread by the weights of
/// the 34 provinces of <see cref="ProvinceCatalogue"/>, shared evenly among their sources
/// (in sixths, so that the weights stay whole).
/// </summary>
public static class PreReformProvinces
{
    /// <summary>About as many communes, wards and townships as there were on 2025-06-30.</summary>
    public const int TotalCommunes = 10_035;

    /// <summary>Communes per district, on average (about 700 districts).</summary>
    public const double CommunesPerDistrict = 14.4;

    /// <summary>The sources of each province of 2025, by its name in <see cref="ProvinceCatalogue.Provinces"/>.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Sources = new Dictionary<string, string[]>
    {
        ["Thành phố Hà Nội"] = ["Thành phố Hà Nội"],
        ["Thành phố Huế"] = ["Thành phố Huế"],
        ["Thành phố Hải Phòng"] = ["Thành phố Hải Phòng", "Tỉnh Hải Dương"],
        ["Thành phố Đà Nẵng"] = ["Thành phố Đà Nẵng", "Tỉnh Quảng Nam"],
        ["Thành phố Hồ Chí Minh"] = ["Thành phố Hồ Chí Minh", "Tỉnh Bình Dương", "Tỉnh Bà Rịa - Vũng Tàu"],
        ["Thành phố Cần Thơ"] = ["Thành phố Cần Thơ", "Tỉnh Sóc Trăng", "Tỉnh Hậu Giang"],
        ["Tỉnh Lai Châu"] = ["Tỉnh Lai Châu"],
        ["Tỉnh Điện Biên"] = ["Tỉnh Điện Biên"],
        ["Tỉnh Sơn La"] = ["Tỉnh Sơn La"],
        ["Tỉnh Lạng Sơn"] = ["Tỉnh Lạng Sơn"],
        ["Tỉnh Quảng Ninh"] = ["Tỉnh Quảng Ninh"],
        ["Tỉnh Thanh Hóa"] = ["Tỉnh Thanh Hóa"],
        ["Tỉnh Nghệ An"] = ["Tỉnh Nghệ An"],
        ["Tỉnh Hà Tĩnh"] = ["Tỉnh Hà Tĩnh"],
        ["Tỉnh Cao Bằng"] = ["Tỉnh Cao Bằng"],
        ["Tỉnh Tuyên Quang"] = ["Tỉnh Tuyên Quang", "Tỉnh Hà Giang"],
        ["Tỉnh Lào Cai"] = ["Tỉnh Lào Cai", "Tỉnh Yên Bái"],
        ["Tỉnh Thái Nguyên"] = ["Tỉnh Thái Nguyên", "Tỉnh Bắc Kạn"],
        ["Tỉnh Phú Thọ"] = ["Tỉnh Phú Thọ", "Tỉnh Vĩnh Phúc", "Tỉnh Hòa Bình"],
        ["Tỉnh Bắc Ninh"] = ["Tỉnh Bắc Ninh", "Tỉnh Bắc Giang"],
        ["Tỉnh Hưng Yên"] = ["Tỉnh Hưng Yên", "Tỉnh Thái Bình"],
        ["Tỉnh Ninh Bình"] = ["Tỉnh Ninh Bình", "Tỉnh Hà Nam", "Tỉnh Nam Định"],
        ["Tỉnh Quảng Trị"] = ["Tỉnh Quảng Trị", "Tỉnh Quảng Bình"],
        ["Tỉnh Quảng Ngãi"] = ["Tỉnh Quảng Ngãi", "Tỉnh Kon Tum"],
        ["Tỉnh Gia Lai"] = ["Tỉnh Gia Lai", "Tỉnh Bình Định"],
        ["Tỉnh Khánh Hòa"] = ["Tỉnh Khánh Hòa", "Tỉnh Ninh Thuận"],
        ["Tỉnh Lâm Đồng"] = ["Tỉnh Lâm Đồng", "Tỉnh Đắk Nông", "Tỉnh Bình Thuận"],
        ["Tỉnh Đắk Lắk"] = ["Tỉnh Đắk Lắk", "Tỉnh Phú Yên"],
        ["Tỉnh Đồng Nai"] = ["Tỉnh Đồng Nai", "Tỉnh Bình Phước"],
        ["Tỉnh Tây Ninh"] = ["Tỉnh Tây Ninh", "Tỉnh Long An"],
        ["Tỉnh Vĩnh Long"] = ["Tỉnh Vĩnh Long", "Tỉnh Bến Tre", "Tỉnh Trà Vinh"],
        ["Tỉnh Đồng Tháp"] = ["Tỉnh Đồng Tháp", "Tỉnh Tiền Giang"],
        ["Tỉnh Cà Mau"] = ["Tỉnh Cà Mau", "Tỉnh Bạc Liêu"],
        ["Tỉnh An Giang"] = ["Tỉnh An Giang", "Tỉnh Kiên Giang"],
    };

    /// <summary>One province before the reform: its name, whether it is a centrally-run city, its share of communes, and the province of 2025 it went into.</summary>
    public sealed record Entry(string Name, bool IsCity, int Weight, string After);

    public static IReadOnlyList<Entry> All { get; } = Build();

    private static List<Entry> Build()
    {
        var entries = new List<Entry>();
        foreach (var (after, _, weight) in ProvinceCatalogue.Provinces)
        {
            var sources = Sources[after];
            entries.AddRange(sources.Select(s => new Entry(s, s.StartsWith("Thành phố ", StringComparison.Ordinal), weight * 6 / sources.Length, after)));
        }

        return entries.Count == 63 ? entries : throw new InvalidOperationException($"{entries.Count} provinces, not 63.");
    }
}
