using BenchmarkDotNet.Attributes;
using Chancery.Core.Units;

namespace Chancery.Benchmarks.Snapshot;

/// <summary>
/// ListChildren's work in memory, per parent, over 256 random units that have children on both
/// dates: <see cref="UnitsSnapshot.Children"/> today (baseline) against the past date.
/// </summary>
[MemoryDiagnoser]
public class ChildrenBenchmarks
{
    private const int Ops = 256;
    private UnitsSnapshot snapshot = UnitsSnapshot.Empty;
    private Guid[] parents = [];
    private DateOnly today;
    private DateOnly past;

    [GlobalSetup]
    public void Setup()
    {
        var data = BenchData.Instance;
        (snapshot, parents, today, past) = (data.Snapshot, data.Parents, data.Today, data.Past);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Ops)]
    [BenchmarkCategory("children")]
    public int ChildrenToday() => Children(today);

    [Benchmark(OperationsPerInvoke = Ops)]
    [BenchmarkCategory("children")]
    public int ChildrenPast() => Children(past);

    private int Children(DateOnly date)
    {
        var count = 0;
        foreach (var id in parents)
        {
            count += snapshot.Children(id, date).Count;
        }

        return count;
    }
}
