using Chancery.Core.Units;

namespace Chancery.Benchmarks.Generation;

/// <summary>
/// Today's tree: Việt Nam, its 34 provinces, and in each its People's Committee and Council,
/// 18–22 departments and its communes, wards and special zones (3,321 in all, 13 of them special zones).
/// </summary>
public sealed class TreeBuilder(SeededRandom random, double scale)
{
    public (GenNode Root, List<GenNode> Provinces) Build()
    {
        var root = new GenNode("Việt Nam", UnitKind.Country, null);
        var provinces = new List<GenNode>();
        var catalogue = ProvinceCatalogue.Provinces;
        var communes = ProvinceCatalogue.Spread(ProvinceCatalogue.TotalCommunes, catalogue.Select(p => p.Weight).ToList());
        var average = (double)ProvinceCatalogue.TotalCommunes / catalogue.Count;
        var departments = new DepartmentBuilder(random);
        var communeBuilder = new CommuneBuilder(random);
        for (var i = 0; i < catalogue.Count; i++)
        {
            var (name, isCity, _) = catalogue[i];
            var shortName = ProvinceCatalogue.ShortName(name);
            var province = new GenNode(name, isCity ? UnitKind.City : UnitKind.Province, root);
            provinces.Add(province);
            var provinceScale = scale * (0.5 + 0.5 * communes[i] / average);
            var level = isCity ? "thành phố" : "tỉnh";
            _ = new GenNode($"Ủy ban nhân dân {level} {shortName}", UnitKind.PeopleCommittee, province);
            _ = new GenNode($"Hội đồng nhân dân {level} {shortName}", UnitKind.PeopleCouncil, province);

            var all = DepartmentCatalogue.Departments;
            var chosen = all.Where(d => d.Mandatory)
                .Concat(random.Sample(all.Where(d => !d.Mandatory).ToList(), random.Between(6, 10)))
                .OrderBy(d => IndexOf(all, d))
                .ToList();
            foreach (var department in chosen)
            {
                departments.Build(province, department, provinceScale, shortName);
            }

            var used = new HashSet<string>();
            var zones = ProvinceCatalogue.SpecialZones.GetValueOrDefault(name, []);
            foreach (var zone in zones)
            {
                used.Add(zone);
                communeBuilder.Build(province, zone, UnitKind.SpecialZone);
            }

            var wardShare = isCity ? 0.6 : 0.15;
            for (var c = zones.Length; c < communes[i]; c++)
            {
                var kind = random.NextDouble() < wardShare ? UnitKind.Ward : UnitKind.Commune;
                communeBuilder.Build(province, ProvinceCatalogue.PlaceName(random, used), kind);
            }
        }

        return (root, provinces);
    }

    private static int IndexOf(IReadOnlyList<DepartmentCatalogue.Department> all, DepartmentCatalogue.Department department)
    {
        for (var i = 0; i < all.Count; i++)
        {
            if (ReferenceEquals(all[i], department))
            {
                return i;
            }
        }

        return -1;
    }
}
