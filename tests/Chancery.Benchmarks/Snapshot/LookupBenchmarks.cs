using BenchmarkDotNet.Attributes;
using Chancery.Core.Units;
using Chancery.Server.Units;

namespace Chancery.Benchmarks.Snapshot;

/// <summary>
/// GetUnit's work in memory, per unit, over 1,024 random units: <see cref="UnitsSnapshot.Get"/>
/// alone, and with the mapping to the message the server sends; today (baseline) against the past date.
/// </summary>
[MemoryDiagnoser]
public class LookupBenchmarks
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
    [BenchmarkCategory("get")]
    public int GetToday() => Get(today);

    [Benchmark(OperationsPerInvoke = Ops)]
    [BenchmarkCategory("get")]
    public int GetPast() => Get(past);

    [Benchmark(Baseline = true, OperationsPerInvoke = Ops)]
    [BenchmarkCategory("get+message")]
    public int GetMessageToday() => GetMessage(today);

    [Benchmark(OperationsPerInvoke = Ops)]
    [BenchmarkCategory("get+message")]
    public int GetMessagePast() => GetMessage(past);

    private int Get(DateOnly date)
    {
        var found = 0;
        foreach (var id in ids)
        {
            if (snapshot.Get(id, date) is not null)
            {
                found++;
            }
        }

        return found;
    }

    private int GetMessage(DateOnly date)
    {
        var size = 0;
        foreach (var id in ids)
        {
            size += snapshot.Get(id, date)!.Value.ToMessage().Name.Length;
        }

        return size;
    }
}
