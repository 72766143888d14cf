using BenchmarkDotNet.Attributes;
using Chancery.Core.Hierarchy;
using Chancery.Server.Units;
using Chancery.V1;

namespace Chancery.Benchmarks.Snapshot;

/// <summary>
/// StreamSubtree's work in memory, without the network: <see cref="HierarchySnapshot.Subtree"/>
/// of the top unit (all 100,000 units) and of the province of about 3,000, each unit mapped with
/// <see cref="UnitMapping.ToMessage"/> into chunks of 1,000 as the server sends them; today
/// (baseline) against the past date (when the district level still existed).
/// </summary>
[MemoryDiagnoser]
public class SubtreeBenchmarks
{
    private const int ChunkSize = 1000;
    private HierarchySnapshot snapshot = HierarchySnapshot.Empty;
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

    /// <summary>As UnitsService.StreamSubtree, with the write of each full chunk left out.</summary>
    private int Stream(Guid id, DateOnly date)
    {
        var units = 0;
        var idTexts = new List<string>();
        var chunk = new StreamSubtreeResponse { Units = { Capacity = ChunkSize } };
        foreach (var item in snapshot.Subtree(snapshot.Require(id, date), date, 0))
        {
            var unit = item.Depth == 0 ? item.View.ToMessage() : item.View.ToMessage(idTexts[item.Depth - 1]);
            if (item.Depth == idTexts.Count)
            {
                idTexts.Add(unit.Id);
            }
            else
            {
                idTexts[item.Depth] = unit.Id;
            }

            chunk.Units.Add(new SubtreeUnit { Unit = unit, Depth = item.Depth });
            if (chunk.Units.Count == ChunkSize)
            {
                units += chunk.Units.Count;
                chunk = new StreamSubtreeResponse { Units = { Capacity = ChunkSize } };
            }
        }

        return units + chunk.Units.Count;
    }
}
