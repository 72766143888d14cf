using System.Text.Json;

namespace Chancery.Benchmarks.Sitting;

/// <summary>The records of the delegations' runs: their meta, the fixed-rate latencies, the check through ResolveAuthority.</summary>
public sealed partial class SittingResults
{
    public JsonElement? Delegations => records.Where(r => Kind(r) == "delegations").Select(r => (JsonElement?)r.GetProperty("meta")).FirstOrDefault();

    /// <summary>A fixed-rate run's figure (<c>p50_ms</c>, <c>p99_ms</c>, <c>calls</c>, <c>target_rps</c>) over the repetitions.</summary>
    public Stat Latency(string name, string field) => Stat.Of(records
        .Where(r => Kind(r) == "latency" && Text(r, "name") == name)
        .Select(r => r.GetProperty(field).GetDouble()));

    public IEnumerable<JsonElement> Verifications => records.Where(r => Kind(r) == "verify-authority").Select(r => r.GetProperty("data"));
}
