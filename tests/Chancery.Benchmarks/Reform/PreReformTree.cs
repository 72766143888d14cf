using Chancery.Benchmarks.Generation;
using Chancery.Core.Units;

namespace Chancery.Benchmarks.Reform;

/// <summary>
/// The national tree on 2025-06-30, the same for the same seed: Việt Nam, 63 provinces, about 700
/// districts each with its People's Committee, about 10,000 communes below them each with its
/// People's Committee, and each province's committee, council and departments (with what lies
/// below them, trimmed or padded with leaf teams to exactly <c>target</c> units). Every unit has
/// one version, open-ended, and most have a code.
/// </summary>
public sealed class PreReformTree
{
    public const int DefaultSeed = 20250630;
    public const int DefaultTarget = 100_000;

    /// <summary>How much of a province's departmental structure is built (1.25 for today's 34 larger provinces).</summary>
    public const double DepartmentScale = 0.35;

    private PreReformTree(GenNode root, List<PreReformProvince> provinces)
    {
        Root = root;
        Provinces = provinces;
        Units = root.Walk().ToList();
        States = Units.Select(UnitStates.From).ToList();
    }

    public GenNode Root { get; }

    public IReadOnlyList<PreReformProvince> Provinces { get; }

    /// <summary>Every unit, in pre-order.</summary>
    public IReadOnlyList<GenNode> Units { get; }

    public IReadOnlyList<UnitState> States { get; }

    public int Districts => Provinces.Sum(p => p.Districts.Count);

    public int Communes => Provinces.Sum(p => p.Districts.Sum(d => d.Communes.Count));

    public static PreReformTree Generate(int seed = DefaultSeed, int target = DefaultTarget)
    {
        var random = new SeededRandom(seed);
        var root = new GenNode("Việt Nam", UnitKind.Country, null);
        var entries = PreReformProvinces.All;
        var communes = ProvinceCatalogue.Spread(PreReformProvinces.TotalCommunes, entries.Select(e => e.Weight).ToList());
        var provinces = new List<PreReformProvince>();
        var departments = new DepartmentBuilder(random);
        var districts = new DistrictBuilder(random);
        for (var i = 0; i < entries.Count; i++)
        {
            var province = Province(root, entries[i], random, departments);
            var count = Math.Max(1, (int)Math.Round(communes[i] / PreReformProvinces.CommunesPerDistrict));
            var used = new HashSet<string>();
            for (var d = 0; d < count; d++)
            {
                var size = communes[i] * (d + 1) / count - communes[i] * d / count;
                province.Districts.Add(districts.Build(province.Node, ProvinceCatalogue.PlaceName(random, used), Level(entries[i].IsCity, d, count), size, used));
            }

            provinces.Add(province);
        }

        TreeSizing.Adjust(random, root, target);
        PreReformCodes.Assign(provinces);
        Chronology.Date(new SeededRandom(unchecked(seed * 31 + 7)), root.Walk().ToList());
        var ids = new SeededRandom(unchecked(seed * 31 + 11));
        foreach (var node in root.Walk())
        {
            node.Id = ids.NextGuid();
        }

        return new PreReformTree(root, provinces);
    }

    private static PreReformProvince Province(GenNode root, PreReformProvinces.Entry entry, SeededRandom random, DepartmentBuilder builder)
    {
        var shortName = ProvinceCatalogue.ShortName(entry.Name);
        var level = entry.IsCity ? "thành phố" : "tỉnh";
        var node = new GenNode(entry.Name, entry.IsCity ? UnitKind.City : UnitKind.Province, root);
        var committee = new GenNode($"Ủy ban nhân dân {level} {shortName}", UnitKind.PeopleCommittee, node);
        var council = new GenNode($"Hội đồng nhân dân {level} {shortName}", UnitKind.PeopleCouncil, node);
        var province = new PreReformProvince(entry, node, committee, council);
        var all = DepartmentCatalogue.Departments;
        var optional = all.Where(d => !d.Mandatory).ToList();
        var chosen = random.Sample(optional, random.Between(2, 4)).ToHashSet();
        foreach (var department in all.Where(d => d.Mandatory || chosen.Contains(d)))
        {
            province.Departments[department.Name] = builder.Build(node, department, DepartmentScale, shortName);
        }

        return province;
    }

    /// <summary>A city's first districts are urban (quận), a province's first a provincial city and its next a town; the rest are rural (huyện).</summary>
    private static (string Title, string Word, bool Urban) Level(bool isCity, int index, int count) =>
        isCity && index < Math.Max(1, count * 2 / 5) ? ("Quận", "quận", true)
        : !isCity && index == 0 ? ("Thành phố", "thành phố", true)
        : !isCity && index == 1 && count > 4 ? ("Thị xã", "thị xã", true)
        : ("Huyện", "huyện", false);
}
