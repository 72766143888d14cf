using Chancery.Benchmarks.Generation;
using Chancery.Core.Units;
using V1 = Chancery.V1;

namespace Chancery.Benchmarks.Reform;

/// <summary>
/// The reform of 2025-07-01 as one plan over a <see cref="PreReformTree"/>, in three phases:
/// <list type="number">
/// <item>provinces: 52 merge into 23 (the centrally-run cities into the city that survives, the
/// others into a new province named after the first source); their People's Committees, Councils
/// and like departments merge with them; what hangs below moves to the successor;</item>
/// <item>districts: each district's communes transfer to the (merged) province, then the district
/// dissolves, its People's Committee and Council and their divisions closing with it;</item>
/// <item>communes: in each of the 34 provinces, runs of neighbouring communes merge into one
/// (mostly a new commune, some into a surviving one), 3,321 in all, with their committees and
/// councils; what hangs below the committees moves to the successor's.</item>
/// </list>
/// Units are named by id, or with <c>byCode</c> by the code they hold the day before.
/// </summary>
public sealed partial class ReformPlanBuilder(PreReformTree tree, bool byCode)
{
    public static readonly DateOnly Effective = Generation.Reform2025.Date;

    /// <summary>One commune in seven merges into a surviving commune; the others into a new one.</summary>
    private const int SurvivorEvery = 7;

    private readonly V1.Plan plan = new()
    {
        EffectiveDate = "2025-07-01",
        Basis = new V1.Basis
        {
            Number = "202/2025/QH15",
            Date = "2025-06-12",
            Issuer = "Quốc hội",
            Title = "Nghị quyết về việc sắp xếp đơn vị hành chính cấp tỉnh",
        },
        Description = "Benchmark: provinces merged to 34, the district level closed, communes merged to 3,321.",
    };

    /// <summary>The unit each province of 2025 is (a survivor or unchanged province) or the ref of the new one.</summary>
    private readonly Dictionary<string, V1.UnitRef> targets = new(StringComparer.Ordinal);

    public V1.Plan Build(string id)
    {
        plan.Id = id;
        foreach (var (after, _, _) in ProvinceCatalogue.Provinces)
        {
            MergeProvinces(after, tree.Provinces.Where(p => p.Entry.After == after).ToList());
        }

        foreach (var province in tree.Provinces)
        {
            CloseDistricts(province);
        }

        var newCommunes = ProvinceCatalogue.Spread(ProvinceCatalogue.TotalCommunes, ProvinceCatalogue.Provinces.Select(p => p.Weight).ToList());
        for (var i = 0; i < ProvinceCatalogue.Provinces.Count; i++)
        {
            var after = ProvinceCatalogue.Provinces[i].Name;
            MergeCommunes(i, targets[after], tree.Provinces.Where(p => p.Entry.After == after).SelectMany(p => p.Districts).SelectMany(d => d.Communes).ToList(), newCommunes[i]);
        }

        return plan;
    }

    private void MergeProvinces(string after, List<PreReformProvince> sources)
    {
        if (sources.Count == 1)
        {
            targets[after] = Ref(sources[0].Node);
            return;
        }

        var shortName = ProvinceCatalogue.ShortName(after);
        var survives = sources[0].Entry.IsCity;
        var level = survives ? "thành phố" : "tỉnh";
        var key = $"p/{shortName}";
        var target = survives ? Ref(sources[0].Node) : new V1.UnitRef { Ref = key };
        targets[after] = target;
        Merge(after, sources.Select(s => s.Node), survives ? sources[0].Node : null,
            survives ? null : New(key, after, UnitKind.Province, null));
        Merge($"Ủy ban nhân dân {level} {shortName}", sources.Select(s => s.Committee), survives ? sources[0].Committee : null,
            survives ? null : New($"{key}/ubnd", $"Ủy ban nhân dân {level} {shortName}", UnitKind.PeopleCommittee, target));
        Merge($"Hội đồng nhân dân {level} {shortName}", sources.Select(s => s.Council), survives ? sources[0].Council : null,
            survives ? null : New($"{key}/hdnd", $"Hội đồng nhân dân {level} {shortName}", UnitKind.PeopleCouncil, target));
        foreach (var name in sources.SelectMany(s => s.Departments.Keys).Distinct())
        {
            var like = sources.Where(s => s.Departments.ContainsKey(name)).Select(s => s.Departments[name]).ToList();
            if (like.Count < 2)
            {
                continue;
            }

            var survivor = survives ? sources[0].Departments.GetValueOrDefault(name) : null;
            Merge($"{name} {shortName}", like, survivor, survivor is null ? New($"{key}/{name}", $"{name} {shortName}", UnitKind.Department, target) : null);
        }
    }

    /// <summary>Sources into a survivor or a new unit; what hangs below them moves to it.</summary>
    private void Merge(string label, IEnumerable<GenNode> sources, GenNode? survivor, V1.NewUnit? newUnit)
    {
        var merge = new V1.MergeOperation { Survivor = survivor is null ? null : Ref(survivor), NewUnit = newUnit };
        merge.Sources.AddRange(sources.Select(Ref));
        plan.Operations.Add(new V1.Operation { Label = label, Merge = merge });
    }

    private static V1.NewUnit New(string key, string name, UnitKind kind, V1.UnitRef? parent) =>
        new() { Ref = key, Name = name, Kind = (V1.UnitKind)(int)kind, Parent = parent };

    private V1.UnitRef Ref(GenNode node) =>
        byCode && node.Code is { } code ? new V1.UnitRef { Code = code } : new V1.UnitRef { Id = node.Id.ToString() };
}
