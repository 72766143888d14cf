using BenchmarkDotNet.Attributes;
using Chancery.V1;
using Google.Protobuf;

namespace Chancery.Benchmarks.Snapshot;

/// <summary>
/// Where the time of the whole 100,000-unit StreamSubtree goes, in process: making the messages as
/// the server does (the baseline), making and serializing them (what the server sends), and
/// parsing the serialized chunks (what every client does before its last message).
/// </summary>
[MemoryDiagnoser]
public class SubtreeWireBenchmarks
{
    private BenchData data = null!;
    private byte[][] serialized = [];

    [GlobalSetup]
    public void Setup()
    {
        data = BenchData.Instance;
        serialized = ServerChunks.Of(data.Snapshot, data.Root, data.Today).Select(c => c.ToByteArray()).ToArray();
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("subtree-wire")]
    public int Make() => ServerChunks.Of(data.Snapshot, data.Root, data.Today).Sum(c => c.Units.Count);

    [Benchmark]
    [BenchmarkCategory("subtree-wire")]
    public long MakeAndSerialize() => ServerChunks.Of(data.Snapshot, data.Root, data.Today).Sum(c => (long)c.ToByteArray().Length);

    [Benchmark]
    [BenchmarkCategory("subtree-wire")]
    public int Parse() => serialized.Sum(b => StreamSubtreeResponse.Parser.ParseFrom(b).Units.Count);
}
