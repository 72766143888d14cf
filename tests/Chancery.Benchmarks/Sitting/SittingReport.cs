using System.Globalization;
using System.Text;

namespace Chancery.Benchmarks.Sitting;

/// <summary>
/// The table of a sitting in Markdown: each figure the median over the repetitions (min–max), and
/// as a ratio against its baseline from the same sitting: Health/Check for GetUnit, today for a
/// past as_of, slapd for the directory comparisons (paired per repetition), the server on an
/// empty database for start time and memory; GetHead and ListUnitPositions against Health/Check
/// when the staffing was loaded (<see cref="Staffing"/>). Then each target, met or missed.
/// </summary>
public sealed partial class SittingReport(SittingResults results)
{
    private const double MiBPerMB = 1_000_000.0 / 1_048_576.0;

    private readonly StringBuilder text = new();
    private readonly List<(string Target, bool Met, string Figure)> targets = [];

    public string Render()
    {
        var env = results.Env;
        var load = results.LoadAverage;
        Line($"Sitting of {env.GetProperty("date").GetString()} on {env.GetProperty("cpu").GetString()}, {env.GetProperty("nproc").GetInt32()} cores " +
             $"(kernel {env.GetProperty("kernel").GetString()}), commit {env.GetProperty("commit").GetString()}, .NET SDK {env.GetProperty("dotnet").GetString()}, " +
             $"{env.GetProperty("h2load").GetString()}; {results.Reps.Count} repetitions, h2load runs of {env.GetProperty("duration_s").GetInt32()} s. " +
             "Figures: median (min–max) over the repetitions; ratios to slapd: median (min–max) of the ratios within each repetition. " +
             $"Load generators and servers share the cores, and so did other work: 1-minute load average {load.Median:F1} ({load.Min:F1}–{load.Max:F1}) during the measurements.");
        Line();
        Calls();
        Staffing();
        Delegations();
        Subtrees();
        Memory();
        Start();
        Line("| target | met | figure |");
        Line("|---|---|---|");
        foreach (var (target, met, figure) in targets)
        {
            Line($"| {target} | {(met ? "met" : "**missed**")} | {figure} |");
        }

        return text.ToString();
    }

    private void Calls()
    {
        Line("GetUnit (one fixed depth-8 unit) and the transport baseline, calls/s (h2load). \"token\": access enforced, a client-credentials token on every call; " +
             "\"unchecked\": a server with EnforceAccess=false, like slapd's anonymous reads, with its own Health/Check baseline. " +
             "slapd: its best kind of lookup with as many clients (8 or 16):");
        Line();
        Line("| clients × streams | Health/Check | GetUnit today, token | ÷ Health | GetUnit past, token | past cost ÷ today | Health/Check, unchecked server | GetUnit today, unchecked | ÷ Health | slapd | token ÷ slapd | unchecked ÷ slapd |");
        Line("|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var (c, m) in results.Configs.OrderBy(x => x.Clients * x.Streams).ThenBy(x => x.Clients))
        {
            var health = results.Calls("health", c, m);
            var today = results.Calls("getunit-today", c, m);
            var past = results.Calls("getunit-past", c, m);
            var healthOpen = results.Calls("health-unchecked", c, m);
            var open = results.Calls("getunit-unchecked", c, m);
            var peerClients = c * m <= 8 ? 8 : 16;
            var peerName = BestPeer(peerClients);
            var vsPeer = results.Paired(rep => results.Calls("getunit-today", c, m, rep).Median, rep => results.PeerCalls(peerName, rep).Median);
            var openVsPeer = results.Paired(rep => results.Calls("getunit-unchecked", c, m, rep).Median, rep => results.PeerCalls(peerName, rep).Median);
            Line($"| {c} × {m} | {N(health)} | {N(today)} | {R(today.Median / health.Median)} | {N(past)} | {R(today.Median / past.Median)} | " +
                 $"{N(healthOpen)} | {N(open)} | {R(open.Median / healthOpen.Median)} | " +
                 $"{(results.HasPeer ? $"{N(results.PeerCalls(peerName))} ({peerName})" : "–")} | {P(vsPeer)} | {P(openVsPeer)} |");
            Target($"GetUnit ≥ 70 % of Health/Check ({c} × {m}, token)", today.Median >= 0.7 * health.Median, R(today.Median / health.Median));
            Target($"GetUnit ≥ 70 % of Health/Check ({c} × {m}, unchecked)", open.Median >= 0.7 * healthOpen.Median, R(open.Median / healthOpen.Median));
            Target($"GetUnit past as_of ≤ 1.5 × today's cost ({c} × {m})", today.Median / past.Median <= 1.5, R(today.Median / past.Median));
            if (results.HasPeer)
            {
                Target($"GetUnit ≥ slapd lookups/s ({c} × {m}, token; slapd {peerClients} clients)", vsPeer.Median >= 1.0, P(vsPeer));
                Target($"GetUnit ≥ slapd lookups/s ({c} × {m}, unchecked; slapd {peerClients} clients)", openVsPeer.Median >= 1.0, P(openVsPeer));
            }
        }

        Line();
        Line($"Failed h2load requests: Health/Check {results.Failed("health") + results.Failed("health-unchecked")}, GetUnit {results.Failed("getunit-today") + results.Failed("getunit-past") + results.Failed("getunit-unchecked")}.");
        Line();
    }

    /// <summary>slapd's kind of lookup with the most lookups/s over the sitting, for this many clients.</summary>
    private string BestPeer(int clients) =>
        new[] { "eq_ldclt", "base_ldclt_fixed", "base_py" }
            .Select(n => $"{n}_{clients}")
            .Where(n => results.PeerCalls(n).Count > 0)
            .DefaultIfEmpty("none")
            .MaxBy(n => results.PeerCalls(n).Median)!;

    private void Subtrees()
    {
        Line("StreamSubtree to the last message, seconds, every timed run of every repetition (the client decodes every message; slapd: ldapsearch writing LDIF to /dev/null):");
        Line();
        Line("| subtree | units today / past | today, token | past, token | past ÷ today | today, unchecked | slapd | token ÷ slapd | unchecked ÷ slapd |");
        Line("|---|---|---|---|---|---|---|---|---|");
        foreach (var (name, label, peerName, limit) in new[] { ("root", "whole tree", "subtree_root", 0.25), ("province", "province", "subtree_province", 0.015) })
        {
            var today = results.Subtree($"{name}-today");
            var past = results.Subtree($"{name}-past");
            var open = results.Subtree($"{name}-unchecked");
            var vsPeer = results.Paired(rep => results.Subtree($"{name}-today", rep).Median, rep => results.PeerSubtree(peerName, rep).Median);
            var openVsPeer = results.Paired(rep => results.Subtree($"{name}-unchecked", rep).Median, rep => results.PeerSubtree(peerName, rep).Median);
            Line($"| {label} | {results.SubtreeUnits($"{name}-today"):N0} / {results.SubtreeUnits($"{name}-past"):N0} | {S(today)} | {S(past)} | {R(past.Median / today.Median)} | {S(open)} | " +
                 $"{(results.HasPeer ? S(results.PeerSubtree(peerName)) : "–")} | {P(vsPeer)} | {P(openVsPeer)} |");
            Target($"{label} subtree to its last message ≤ {limit * 1000:0} ms (token)", today.Median <= limit, $"{today.Median * 1000:F1} ms");
            Target($"{label} subtree past as_of ≤ 1.5 × today", past.Median / today.Median <= 1.5, R(past.Median / today.Median));
            if (results.HasPeer)
            {
                Target($"{label} subtree in at most half slapd's time (token; the design's aim)", vsPeer.Median <= 0.5, P(vsPeer));
            }
        }

        Line();
    }

    private void Memory()
    {
        var empty = results.RssMiB("empty");
        Line("Resident memory (VmRSS, MiB):");
        Line();
        Line("| server | VmRSS | ÷ empty server | ÷ slapd after all | anon / file / shmem |");
        Line("|---|---|---|---|---|");
        foreach (var (when, label) in new[]
        {
            ("empty", "empty database, after start"), ("start", $"{Loaded}, after start"), ("after-getunit", "after the h2load runs"),
            ("after-all", "after the subtrees"), ("unchecked-after-all", "access unchecked, after its runs"),
        })
        {
            var rss = results.RssMiB(when);
            var vsPeer = results.Paired(rep => results.RssMiB(when, rep: rep).Median, rep => results.PeerRssMiB("rss_after_all", rep).Median);
            Line($"| {label} | {F(rss)} | {R(rss.Median / empty.Median)} | {P(vsPeer)} | " +
                 $"{results.RssMiB(when, "anon_kib").Median:F0} / {results.RssMiB(when, "file_kib").Median:F0} / {results.RssMiB(when, "shmem_kib").Median:F0} |");
        }

        if (results.HasPeer)
        {
            Line($"| slapd (peer), after all searches | {F(results.PeerRssMiB("rss_after_all"))} | | 1.00 | |");
        }

        var worst = results.RssMiB("after-all");
        Target($"VmRSS with {Loaded} ≤ 250 MB (access enforced, after the subtrees)", worst.Max <= 250 * MiBPerMB,
            $"{worst.Median / MiBPerMB:F0} MB median, {worst.Max / MiBPerMB:F0} MB max");
        Line();
    }

    private void Start()
    {
        var empty = results.ReadyMs("empty");
        var loaded = results.ReadyMs("loaded");
        var open = results.ReadyMs("unchecked");
        Line("From start to the first SERVING health check, ms:");
        Line();
        Line("| database | ready | ÷ empty |");
        Line("|---|---|---|");
        Line($"| empty | {F(empty)} | 1.00 |");
        Line($"| {Loaded} | {F(loaded)} | {R(loaded.Median / empty.Median)} |");
        Line($"| {Loaded}, access unchecked | {F(open)} | {R(open.Median / empty.Median)} |");
        Target($"ready ≤ 5 s after start with {Loaded}", loaded.Median <= 5000, $"{loaded.Median / 1000:F2} s median, {loaded.Max / 1000:F2} s max");
        Line();
    }

    /// <summary>What the loaded server held.</summary>
    private string Loaded => results.Staffing is null ? "100,000 units" : "100,000 units and their staffing";

    private void Target(string target, bool met, string figure) => targets.Add((target, met, figure));

    private void Line(string line = "") => text.Append(line).Append('\n');

    private static string N(Stat s) => s.Count == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{s.Median:N0} ({s.Min:N0}–{s.Max:N0})");

    private static string F(Stat s) => s.Count == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{s.Median:F0} ({s.Min:F0}–{s.Max:F0})");

    private static string S(Stat s) => s.Count == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{s.Median:F3} ({s.Min:F3}–{s.Max:F3})");

    private static string P(Stat s) => s.Count == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{s.Median:F2} ({s.Min:F2}–{s.Max:F2})");

    private static string R(double ratio) => double.IsNaN(ratio) ? "–" : ratio.ToString("F2", CultureInfo.InvariantCulture);
}
