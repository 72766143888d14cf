using System.Text.Encodings.Web;
using System.Text.Json;
using Chancery.Benchmarks.Generation;
using Chancery.Core.Units;
using Chancery.Core.Time;

namespace Chancery.Benchmarks.Output;

/// <summary>What the sitting needs to know of a generated hierarchy: the ids to ask for, and its shape.</summary>
public static class HierarchyMeta
{
    public const int BenchProvinceSize = 3000;

    public static void Write(string path, NationalHierarchy hierarchy, UnitsSnapshot snapshot, DateOnly date)
    {
        var root = snapshot.Get(hierarchy.Root.Id, date)!.Value;
        var items = snapshot.Subtree(root, date, 0).ToList();
        var province = hierarchy.ProvinceNearest(BenchProvinceSize);
        var deep = hierarchy.DeepSample();
        var sizes = hierarchy.Provinces.Select(p => snapshot.Subtree(snapshot.Get(p.Id, date)!.Value, date, 0).Count()).Order().ToList();
        var pastRoot = snapshot.Get(hierarchy.Root.Id, NationalHierarchy.PastDate)!.Value;
        var meta = new Dictionary<string, object?>
        {
            ["seed"] = hierarchy.Seed,
            ["as_of"] = IsoDate.Format(date),
            ["units"] = items.Count,
            ["units_before_trim_pad"] = hierarchy.SizeBeforeTrim,
            ["units_with_history"] = hierarchy.States.Count,
            ["unit_versions"] = hierarchy.States.Sum(s => s.Versions.Count),
            ["units_with_code"] = items.Count(i => i.View.Version.Code is not null),
            ["max_depth"] = items.Max(i => i.Depth) + 1,
            ["root"] = new { id = hierarchy.Root.Id, name = hierarchy.Root.Name },
            ["communes_total"] = items.Count(i => i.View.Version.Kind is UnitKind.Commune or UnitKind.Ward or UnitKind.SpecialZone),
            ["bench_province"] = new { id = province.Id, name = province.Name, subtree_size = province.Walk().Count() },
            ["deep_sample"] = new { id = deep.Id, name = deep.Name, kind = UnitKinds.ToFileName(deep.Kind) },
            ["province_subtree_min_median_max"] = new[] { sizes[0], sizes[sizes.Count / 2], sizes[^1] },
            ["past_date"] = IsoDate.Format(NationalHierarchy.PastDate),
            ["units_on_past_date"] = snapshot.Subtree(pastRoot, NationalHierarchy.PastDate, 0).Count(),
            ["kinds"] = items.GroupBy(i => UnitKinds.ToFileName(i.View.Version.Kind)).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            ["depths"] = items.GroupBy(i => i.Depth + 1).OrderBy(g => g.Key).ToDictionary(g => g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), g => g.Count()),
        };
        File.WriteAllText(path, JsonSerializer.Serialize(meta, new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }));
    }
}
