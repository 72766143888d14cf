using Chancery.Core.Units;

namespace Chancery.Benchmarks.Generation;

/// <summary>
/// A national-scale hierarchy with its history, the same for the same seed: today's tree of
/// exactly <c>target</c> units (Việt Nam, 34 provinces, 3,321 communes, departments and what lies
/// below them, down to level 8) plus the units that closed in 2025's reorganizations.
/// The shape follows the OpenLDAP peer's generator (bench/ldap-peer/gen_hierarchy.py).
/// </summary>
public sealed class NationalHierarchy
{
    public const int DefaultSeed = 20250701;
    public const int DefaultTarget = 100_000;
    public const double DefaultScale = 1.25;

    /// <summary>The day before the district level closed: the "past" date of the benchmarks.</summary>
    public static readonly DateOnly PastDate = Reform2025.Date.AddDays(-1);

    private NationalHierarchy(int seed, GenNode root, List<GenNode> provinces, List<GenNode> former, int sizeBeforeTrim, int codes)
    {
        Seed = seed;
        Root = root;
        Provinces = provinces;
        Former = former;
        SizeBeforeTrim = sizeBeforeTrim;
        CodeCount = codes;
        Today = root.Walk().ToList();
        States = Today.Concat(former).Select(UnitStates.From).ToList();
    }

    public int Seed { get; }

    public GenNode Root { get; }

    public IReadOnlyList<GenNode> Provinces { get; }

    /// <summary>Today's units in pre-order (generation order of children).</summary>
    public IReadOnlyList<GenNode> Today { get; }

    /// <summary>Units that no longer exist today.</summary>
    public IReadOnlyList<GenNode> Former { get; }

    /// <summary>Every unit with all its versions: what a Chancery database holds.</summary>
    public IReadOnlyList<UnitState> States { get; }

    public int SizeBeforeTrim { get; }

    public int CodeCount { get; }

    public static NationalHierarchy Generate(int seed = DefaultSeed, int target = DefaultTarget, double scale = DefaultScale)
    {
        var random = new SeededRandom(seed);
        var (root, provinces) = new TreeBuilder(random, scale).Build();
        var before = TreeSizing.Adjust(random, root, target);
        var codes = new CodeAssigner();
        codes.Assign(provinces);
        var reform = new Reform2025(random, codes);
        reform.Apply(provinces);

        var all = root.Walk().Concat(reform.Former).ToList();
        Chronology.Date(new SeededRandom(unchecked(seed * 31 + 7)), all);
        var ids = new SeededRandom(unchecked(seed * 31 + 11));
        foreach (var node in all)
        {
            node.Id = ids.NextGuid();
        }

        return new NationalHierarchy(seed, root, provinces, reform.Former, before, codes.Count);
    }

    /// <summary>The province whose subtree today is closest to <paramref name="size"/> units (ties: by name).</summary>
    public GenNode ProvinceNearest(int size) =>
        Provinces.OrderBy(p => Math.Abs(p.Walk().Count() - size)).ThenBy(p => p.Name, StringComparer.Ordinal).First();

    /// <summary>The first unit at the deepest level of today's tree.</summary>
    public GenNode DeepSample()
    {
        var max = Today.Max(n => n.Depth);
        return Today.First(n => n.Depth == max);
    }
}
