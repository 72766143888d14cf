using System.Text.Json;
using System.Text.RegularExpressions;

namespace Chancery.Benchmarks.Sitting;

/// <summary>
/// What run-sitting.sh recorded: results.jsonl (one measurement a line, each with its repetition)
/// and the OpenLDAP peer's results.json of each repetition (ldap-results-rep&lt;n&gt;.json).
/// Figures are medians over the repetitions; a comparison with slapd is the median of the ratios
/// of each repetition, whose two sides were measured minutes apart under the same load.
/// </summary>
public sealed partial class SittingResults
{
    private readonly List<JsonElement> records;
    private readonly Dictionary<int, List<JsonElement>> peer = [];

    public SittingResults(string dir)
    {
        records = File.ReadLines(Path.Combine(dir, "results.jsonl")).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        foreach (var file in Directory.EnumerateFiles(dir, "ldap-results-rep*.json"))
        {
            var rep = int.Parse(RepOfFile().Match(file).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            peer[rep] = JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("results").EnumerateArray().ToList();
        }
    }

    public JsonElement Env => records.First(r => Kind(r) == "env");

    public bool HasPeer => peer.Count > 0;

    /// <summary>The staffing's meta (counts, sample unit), when the sitting loaded it.</summary>
    public JsonElement? Staffing => records.Where(r => Kind(r) == "staffing").Select(r => (JsonElement?)r.GetProperty("meta")).FirstOrDefault();

    public IReadOnlyList<int> Reps => records.Where(r => Kind(r) == "ready").Select(r => r.GetProperty("rep").GetInt32()).Distinct().Order().ToList();

    /// <summary>The 1-minute load average recorded with each measurement: how busy the shared cores were.</summary>
    public Stat LoadAverage => Stat.Of(records
        .Where(r => r.TryGetProperty("load", out var l) && l.ValueKind == JsonValueKind.Number)
        .Select(r => r.GetProperty("load").GetDouble()));

    public IEnumerable<(int Clients, int Streams)> Configs => records
        .Where(r => Kind(r) == "h2load")
        .Select(r => (Int(r, "clients"), Int(r, "streams")))
        .Distinct();

    /// <summary>Calls per second of an h2load target and configuration, over the repetitions (or in one).</summary>
    public Stat Calls(string name, int clients, int streams, int? rep = null) => Stat.Of(records
        .Where(r => Kind(r) == "h2load" && Text(r, "name") == name && Int(r, "clients") == clients && Int(r, "streams") == streams && Rep(r, rep))
        .Select(r => r.GetProperty("rps").GetDouble()));

    public long Failed(string name) => records
        .Where(r => Kind(r) == "h2load" && Text(r, "name") == name)
        .Sum(r => r.GetProperty("failed").GetInt64());

    /// <summary>Seconds to the last message: every timed run of every repetition (or of one).</summary>
    public Stat Subtree(string name, int? rep = null) => Stat.Of(records
        .Where(r => Kind(r) == "subtree" && Text(r, "name") == name && Rep(r, rep))
        .SelectMany(r => r.GetProperty("data").GetProperty("seconds").EnumerateArray().Select(s => s.GetDouble())));

    public int SubtreeUnits(string name) => records
        .Where(r => Kind(r) == "subtree" && Text(r, "name") == name)
        .Select(r => r.GetProperty("data").GetProperty("units").GetInt32())
        .FirstOrDefault();

    public Stat ReadyMs(string name) => Stat.Of(records
        .Where(r => Kind(r) == "ready" && Text(r, "name") == name)
        .Select(r => (double)r.GetProperty("ms").GetInt64()));

    /// <summary>VmRSS (or another field of /proc/pid/status) in MiB.</summary>
    public Stat RssMiB(string when, string field = "vmrss_kib", int? rep = null) => Stat.Of(records
        .Where(r => Kind(r) == "rss" && Text(r, "when") == when && Rep(r, rep))
        .Select(r => r.GetProperty(field).GetInt64() / 1024.0));

    /// <summary>The peer's throughput for a run name such as <c>eq_ldclt_8</c>.</summary>
    public Stat PeerCalls(string name, int? rep = null) => Stat.Of(PeerData(name, rep)
        .Select(d => d.GetProperty("throughput_per_s"))
        .Where(v => v.ValueKind == JsonValueKind.Number)
        .Select(v => v.GetDouble()));

    /// <summary>The peer's wall times of a subtree search (<c>subtree_root</c>, <c>subtree_province</c>).</summary>
    public Stat PeerSubtree(string name, int? rep = null) => Stat.Of(PeerData(name, rep)
        .SelectMany(d => d.GetProperty("runs_wall_s").EnumerateArray().Select(s => s.GetDouble())));

    public Stat PeerRssMiB(string name, int? rep = null) => Stat.Of(PeerData(name, rep)
        .Select(d => d.GetProperty("VmRSS_MiB").GetDouble()));

    /// <summary>The median over the repetitions of a ratio taken within each repetition.</summary>
    public Stat Paired(Func<int, double> numerator, Func<int, double> denominator) => Stat.Of(Reps
        .Where(peer.ContainsKey)
        .Select(rep => numerator(rep) / denominator(rep))
        .Where(r => !double.IsNaN(r) && !double.IsInfinity(r)));

    private IEnumerable<JsonElement> PeerData(string name, int? rep) => peer
        .Where(p => rep is null || p.Key == rep)
        .SelectMany(p => p.Value)
        .Where(r => Text(r, "name") == name)
        .Select(r => r.GetProperty("data"));

    private static bool Rep(JsonElement r, int? rep) => rep is null || r.GetProperty("rep").GetInt32() == rep;

    private static string? Kind(JsonElement r) => Text(r, "kind");

    private static string? Text(JsonElement r, string name) => r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int Int(JsonElement r, string name) => r.GetProperty(name).GetInt32();

    [GeneratedRegex(@"rep(\d+)\.json$")]
    private static partial Regex RepOfFile();
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
