using BenchmarkDotNet.Attributes;
using Chancery.Core.Units;

namespace Chancery.Benchmarks.Snapshot;

/// <summary>
/// GetAncestors' work in memory, per unit, over 1,024 random units: <see cref="UnitsSnapshot.Get"/>
/// then <see cref="UnitsSnapshot.Ancestors"/>, today (baseline) against the past date.
/// </summary>
[MemoryDiagnoser]
public class AncestorsBenchmarks
{
    private const int Ops = 1024;
    private UnitsSnapshot snapshot = UnitsSnapshot.Empty;
    private Guid[] ids = [];
    private DateOnly today;
    private DateOnly past;

    [GlobalSetup]
    public void Setup()
    {
        var data = BenchData.Instance;
        (snapshot, ids, today, past) = (data.Snapshot, data.Ids, data.Today, data.Past);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Ops)]
    [BenchmarkCategory("ancestors")]
    public int AncestorsToday() => Ancestors(today);

    [Benchmark(OperationsPerInvoke = Ops)]
    [BenchmarkCategory("ancestors")]
    public int AncestorsPast() => Ancestors(past);

    private int Ancestors(DateOnly date)
    {
        var count = 0;
        foreach (var id in ids)
        {
            count += snapshot.Ancestors(snapshot.Get(id, date)!.Value, date).Count;
        }

        return count;
    }
}
