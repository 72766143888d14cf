using Chancery.Benchmarks.Commands;
using Chancery.Benchmarks.Generation;
using Chancery.Core.Units;

namespace Chancery.Benchmarks.Snapshot;

/// <summary>
/// The generated 100,000-unit hierarchy (default seed) as the benchmarks use it: its states, the
/// snapshot built from them, and samples of units that exist both today and on the past date,
/// drawn with a fixed seed. Made once per process.
/// </summary>
public sealed class BenchData
{
    private static readonly Lazy<BenchData> Shared = new(() => new BenchData());

    private BenchData()
    {
        Hierarchy = NationalHierarchy.Generate();
        Snapshot = UnitsSnapshot.Build(Hierarchy.States);
        var both = Hierarchy.Today.Where(n => Snapshot.Get(n.Id, Past) is not null).Select(n => n.Id).ToList();
        var random = new SeededRandom(1);
        Ids = random.Sample(both, 1024).ToArray();
        Parents = random.Sample(both.Where(id => Snapshot.Children(id, Today).Count > 0 && Snapshot.Children(id, Past).Count > 0).ToList(), 256).ToArray();
        Province = Hierarchy.ProvinceNearest(3000).Id;
    }

    public static BenchData Instance => Shared.Value;

    /// <summary>Any date after the 2025 reform gives today's tree; fixed at the start of the run.</summary>
    public DateOnly Today { get; } = CommandOptions.Today();

    public DateOnly Past => NationalHierarchy.PastDate;

    public NationalHierarchy Hierarchy { get; }

    public UnitsSnapshot Snapshot { get; }

    /// <summary>1,024 units that exist today and on the past date.</summary>
    public Guid[] Ids { get; }

    /// <summary>256 units with children both today and on the past date.</summary>
    public Guid[] Parents { get; }

    public Guid Root => Hierarchy.Root.Id;

    /// <summary>The province of about 3,000 units.</summary>
    public Guid Province { get; }
}
