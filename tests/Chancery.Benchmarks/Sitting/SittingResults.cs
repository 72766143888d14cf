using System.Text.Json;

namespace Chancery.Benchmarks.Sitting;

/// <summary>
/// What run-sitting.sh recorded (results.jsonl, one measurement a line) and, when it ran, what
/// the OpenLDAP peer recorded (its results.json), with medians over the repetitions.
/// </summary>
public sealed class SittingResults
{
    private readonly List<JsonElement> records;
    private readonly List<JsonElement> peer;

    public SittingResults(string resultsJsonl, string? peerJson)
    {
        records = File.ReadLines(resultsJsonl).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        if (peerJson is not null && File.Exists(peerJson))
        {
            var document = JsonDocument.Parse(File.ReadAllText(peerJson)).RootElement;
            PeerEnv = document.GetProperty("env");
            peer = document.GetProperty("results").EnumerateArray().ToList();
        }
        else
        {
            peer = [];
        }
    }

    public JsonElement Env => records.First(r => Kind(r) == "env");

    public JsonElement? PeerEnv { get; }

    public bool HasPeer => peer.Count > 0;

    /// <summary>Median calls per second of an h2load target and configuration, with every rep's value.</summary>
    public Stat Calls(string name, int clients, int streams) => Stat.Of(records
        .Where(r => Kind(r) == "h2load" && Text(r, "name") == name && Int(r, "clients") == clients && Int(r, "streams") == streams)
        .Select(r => r.GetProperty("rps").GetDouble()));

    /// <summary>The 1-minute load average recorded with each measurement: how busy the shared cores were.</summary>
    public Stat LoadAverage => Stat.Of(records
        .Where(r => r.TryGetProperty("load", out var l) && l.ValueKind == JsonValueKind.Number)
        .Select(r => r.GetProperty("load").GetDouble()));

    public long Failed(string name) => records
        .Where(r => Kind(r) == "h2load" && Text(r, "name") == name)
        .Sum(r => r.GetProperty("failed").GetInt64());

    public IEnumerable<(int Clients, int Streams)> Configs => records
        .Where(r => Kind(r) == "h2load")
        .Select(r => (Int(r, "clients"), Int(r, "streams")))
        .Distinct();

    /// <summary>Seconds to the last message: every timed run of every rep.</summary>
    public Stat Subtree(string name) => Stat.Of(records
        .Where(r => Kind(r) == "subtree" && Text(r, "name") == name)
        .SelectMany(r => r.GetProperty("data").GetProperty("seconds").EnumerateArray().Select(s => s.GetDouble())));

    public int SubtreeUnits(string name) => records
        .Where(r => Kind(r) == "subtree" && Text(r, "name") == name)
        .Select(r => r.GetProperty("data").GetProperty("units").GetInt32())
        .FirstOrDefault();

    public Stat ReadyMs(string name) => Stat.Of(records
        .Where(r => Kind(r) == "ready" && Text(r, "name") == name)
        .Select(r => (double)r.GetProperty("ms").GetInt64()));

    /// <summary>VmRSS (or another field of /proc/pid/status) in MiB.</summary>
    public Stat RssMiB(string when, string field = "vmrss_kib") => Stat.Of(records
        .Where(r => Kind(r) == "rss" && Text(r, "when") == when)
        .Select(r => r.GetProperty(field).GetInt64() / 1024.0));

    /// <summary>The peer's throughput for a run name such as <c>eq_ldclt_8</c>.</summary>
    public Stat PeerCalls(string name) => Stat.Of(peer
        .Where(r => Text(r, "name") == name)
        .Select(r => r.GetProperty("data").GetProperty("throughput_per_s"))
        .Where(v => v.ValueKind == JsonValueKind.Number)
        .Select(v => v.GetDouble()));

    /// <summary>The peer's wall times of a subtree search (<c>subtree_root</c>, <c>subtree_province</c>).</summary>
    public Stat PeerSubtree(string name) => Stat.Of(peer
        .Where(r => Text(r, "name") == name)
        .SelectMany(r => r.GetProperty("data").GetProperty("runs_wall_s").EnumerateArray().Select(s => s.GetDouble())));

    public Stat PeerRssMiB(string name) => Stat.Of(peer
        .Where(r => Text(r, "name") == name)
        .Select(r => r.GetProperty("data").GetProperty("VmRSS_MiB").GetDouble()));

    private static string? Kind(JsonElement r) => Text(r, "kind");

    private static string? Text(JsonElement r, string name) => r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int Int(JsonElement r, string name) => r.GetProperty(name).GetInt32();
}

/// <summary>Median, min and max of some measurements.</summary>
public sealed record Stat(int Count, double Min, double Median, double Max)
{
    public static Stat Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return new Stat(0, double.NaN, double.NaN, double.NaN);
        }

        var median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
        return new Stat(sorted.Count, sorted[0], median, sorted[^1]);
    }
}
