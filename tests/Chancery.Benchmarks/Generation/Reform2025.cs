using Chancery.Core.Units;

namespace Chancery.Benchmarks.Generation;

/// <summary>
/// The history behind today's tree, in the spirit of 2025's reorganizations (every date and name
/// here is illustrative, not an official record):
/// <list type="bullet">
/// <item>2025-01-01: Tỉnh Thừa Thiên Huế becomes Thành phố Huế (rename and new kind).</item>
/// <item>2025-03-01: departments merge: Sở Nông nghiệp và Phát triển nông thôn is renamed Sở Nông
/// nghiệp và Môi trường; Phòng Đăng ký kinh doanh moves from Sở Kế hoạch và Đầu tư to Sở Tài chính
/// and Trung tâm Dịch vụ việc làm from Sở Lao động - Thương binh và Xã hội to Sở Nội vụ.</item>
/// <item>2025-07-01: the district level closes. Communes hung below districts (huyện, quận, thị xã),
/// each with its People's Committee, and move up to the province; thị trấn become xã; island
/// districts close and special zones (đặc khu) replace them; district health centres close and
/// regional ones (Trung tâm Y tế khu vực) replace them, taking over their clinical divisions.</item>
/// </list>
/// </summary>
public sealed class Reform2025(SeededRandom random, CodeAssigner codes)
{
    public static readonly DateOnly Date = new(2025, 7, 1);
    public static readonly DateOnly DepartmentMerger = new(2025, 3, 1);
    public static readonly DateOnly HueCity = new(2025, 1, 1);

    /// <summary>Units that closed on the way, in the order they were made.</summary>
    public List<GenNode> Former { get; } = [];

    public void Apply(IReadOnlyList<GenNode> provinces)
    {
        for (var p = 0; p < provinces.Count; p++)
        {
            var province = provinces[p];
            if (province.Name == "Thành phố Huế")
            {
                RenameHue(province);
            }

            MergeDepartments(province);
            var districts = CloseDistricts(province, $"H{p + 1:00}");
            ReplaceHealthCentres(province, districts);
        }
    }

    private static void RenameHue(GenNode hue)
    {
        hue.Before(HueCity, "Tỉnh Thừa Thiên Huế", UnitKind.Province, hue.Parent, hue.Code);
        foreach (var body in hue.Children.Where(c => c.Kind is UnitKind.PeopleCommittee or UnitKind.PeopleCouncil))
        {
            body.Before(HueCity, body.Name.Replace("thành phố Huế", "tỉnh Thừa Thiên Huế"), body.Kind, hue, body.Code);
        }
    }

    private static void MergeDepartments(GenNode province)
    {
        var departments = province.Children.Where(c => c.Kind == UnitKind.Department).ToList();
        GenNode? Find(string prefix) => departments.FirstOrDefault(d => d.Name.StartsWith(prefix, StringComparison.Ordinal));
        if (Find("Sở Nông nghiệp và Môi trường") is { } agriculture)
        {
            agriculture.Before(DepartmentMerger, agriculture.Name.Replace("Môi trường", "Phát triển nông thôn"), agriculture.Kind, province, agriculture.Code);
        }

        MoveFrom(Find("Sở Kế hoạch và Đầu tư"), Find("Sở Tài chính"), "Phòng Đăng ký kinh doanh");
        MoveFrom(Find("Sở Lao động - Thương binh và Xã hội"), Find("Sở Nội vụ"), "Trung tâm Dịch vụ việc làm");
    }

    /// <summary>The unit named <paramref name="name"/> below <paramref name="to"/> hung below <paramref name="from"/> until the merger.</summary>
    private static void MoveFrom(GenNode? from, GenNode? to, string name)
    {
        if (from is not null && to?.Children.FirstOrDefault(c => c.Name == name) is { } moved)
        {
            moved.Before(DepartmentMerger, moved.Name, moved.Kind, from, moved.Code);
        }
    }

    /// <summary>Makes the districts the communes hung below until the reform; returns them.</summary>
    private List<GenNode> CloseDistricts(GenNode province, string h)
    {
        var isCity = province.Kind == UnitKind.City;
        var communes = province.Children.Where(c => c.Kind is UnitKind.Commune or UnitKind.Ward).ToList();
        var count = Math.Clamp((int)Math.Round(communes.Count / 9.0), 1, 40);
        var used = new HashSet<string>();
        var districts = new List<GenNode>();
        for (var d = 0; d < count; d++)
        {
            var members = communes.Skip(communes.Count * d / count).Take(communes.Count * (d + 1) / count - communes.Count * d / count).ToList();
            var urban = members.Count(m => m.Kind == UnitKind.Ward) * 2 > members.Count;
            var (title, word) = urban ? (isCity ? ("Quận", "quận") : ("Thị xã", "thị xã")) : ("Huyện", "huyện");
            var place = ProvinceCatalogue.PlaceName(random, used);
            var district = Closing($"{title} {place}", UnitKind.District, province);
            codes.Set(district, $"000.00.{60 + d:00}.{h}");
            _ = Closing($"Ủy ban nhân dân {word} {place}", UnitKind.PeopleCommittee, district);
            districts.Add(district);
            foreach (var commune in members)
            {
                commune.Before(Date, commune.Name, commune.Kind, district, commune.Code);
            }

            if (!urban && members.FirstOrDefault(m => m.Kind == UnitKind.Commune) is { } township)
            {
                MakeTownship(township);
            }
        }

        foreach (var zone in province.Children.Where(c => c.Kind == UnitKind.SpecialZone))
        {
            var place = zone.Name.Replace("Đặc khu ", "");
            var island = Closing(place == "Phú Quốc" ? "Thành phố Phú Quốc" : $"Huyện {place}", UnitKind.District, province);
            _ = Closing($"Ủy ban nhân dân {(place == "Phú Quốc" ? "thành phố" : "huyện")} {place}", UnitKind.PeopleCommittee, island);
            foreach (var unit in zone.Walk())
            {
                unit.Established = Date;
            }
        }

        return districts;
    }

    /// <summary>Until the reform the commune was a thị trấn (township), and so were its People's Committee and Council.</summary>
    private static void MakeTownship(GenNode commune)
    {
        var place = commune.Name.Replace("Xã ", "");
        commune.Past[^1] = commune.Past[^1] with { Name = $"Thị trấn {place}", Kind = UnitKind.Township };
        foreach (var body in commune.Children.Where(c => c.Kind is UnitKind.PeopleCommittee or UnitKind.PeopleCouncil))
        {
            body.Before(Date, body.Name.Replace($" xã {place}", $" thị trấn {place}"), body.Kind, commune, body.Code);
        }
    }

    /// <summary>Each regional health centre replaces the health centre of a former district, whose clinical divisions it takes over.</summary>
    private void ReplaceHealthCentres(GenNode province, List<GenNode> districts)
    {
        var health = province.Children.FirstOrDefault(c => c.Kind == UnitKind.Department && c.Name.StartsWith("Sở Y tế", StringComparison.Ordinal));
        var regional = health?.Children.Where(c => c.Name.StartsWith("Trung tâm Y tế khu vực", StringComparison.Ordinal)).ToList() ?? [];
        for (var i = 0; i < regional.Count && i < districts.Count; i++)
        {
            var successor = regional[i];
            var district = districts[i].Name;
            var predecessor = Closing($"Trung tâm Y tế {char.ToLowerInvariant(district[0])}{district[1..]}", UnitKind.Hospital, health!);
            successor.Established = Date;
            foreach (var division in successor.Children)
            {
                division.Before(Date, division.Name, division.Kind, predecessor, division.Code);
            }
        }
    }

    private GenNode Closing(string name, UnitKind kind, GenNode parent)
    {
        var node = GenNode.Former(name, kind, parent, Date);
        Former.Add(node);
        return node;
    }
}
