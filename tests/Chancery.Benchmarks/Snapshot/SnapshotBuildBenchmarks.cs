using BenchmarkDotNet.Attributes;
using Chancery.Core.Units;

namespace Chancery.Benchmarks.Snapshot;

/// <summary>
/// What the server does at start after reading the rows: <see cref="UnitsSnapshot.Build"/>
/// over ready states (the baseline), and the same preceded by making the states from stored
/// rows (<see cref="UnitStorage.ToState"/>: sort and search keys of every version).
/// </summary>
[MemoryDiagnoser]
public class SnapshotBuildBenchmarks
{
    private IReadOnlyList<UnitState> states = [];
    private List<Unit> rows = [];

    [GlobalSetup]
    public void Setup()
    {
        states = BenchData.Instance.Hierarchy.States;
        rows = states.Select(UnitStorage.ToNew).ToList();
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("build")]
    public UnitsSnapshot Build() => UnitsSnapshot.Build(states);

    [Benchmark]
    [BenchmarkCategory("build")]
    public UnitsSnapshot StatesFromRowsThenBuild() => UnitsSnapshot.Build(rows.Select(UnitStorage.ToState).ToList());
}
