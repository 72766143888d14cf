using BenchmarkDotNet.Attributes;
using Chancery.Core.Units;
using Chancery.Server.Units;
using Chancery.V1;

namespace Chancery.Benchmarks.Snapshot;

/// <summary>
/// StreamSubtree's work in memory, without the network: <see cref="UnitsSnapshot.Subtree"/>
/// of the top unit (all 100,000 units) and of the province of about 3,000, each unit mapped with
/// <see cref="UnitMapping.ToMessage(UnitView)"/> into chunks of 1,000 as the server makes them
/// (<see cref="ServerChunks"/>); today (baseline) against the past date (when the district level
/// still existed).
/// </summary>
[MemoryDiagnoser]
public class SubtreeBenchmarks
{
    private UnitsSnapshot snapshot = UnitsSnapshot.Empty;
    private Guid root;
    private Guid province;
    private DateOnly today;
    private DateOnly past;

    [GlobalSetup]
    public void Setup()
    {
        var data = BenchData.Instance;
        (snapshot, root, province, today, past) = (data.Snapshot, data.Root, data.Province, data.Today, data.Past);
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("subtree-100k")]
    public int SubtreeAllToday() => Stream(root, today);

    [Benchmark]
    [BenchmarkCategory("subtree-100k")]
    public int SubtreeAllPast() => Stream(root, past);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("subtree-province")]
    public int SubtreeProvinceToday() => Stream(province, today);

    [Benchmark]
    [BenchmarkCategory("subtree-province")]
    public int SubtreeProvincePast() => Stream(province, past);

    private int Stream(Guid id, DateOnly date) => ServerChunks.Of(snapshot, id, date).Sum(c => c.Units.Count);
}
