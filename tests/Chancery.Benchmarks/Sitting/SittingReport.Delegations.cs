using System.Globalization;

namespace Chancery.Benchmarks.Sitting;

/// <summary>
/// The rows of the delegations (issue 11), when the sitting loaded them: ResolveAuthority against
/// GetHead and Health/Check in the same runs, a past date against today, the mixed run against a
/// Health/Check run made the same way, p99 at a fixed rate, and the server with and without the
/// delegations (time to ready, VmRSS after the same runs).
/// </summary>
public sealed partial class SittingReport
{
    private void Delegations()
    {
        if (results.Delegations is not { } meta)
        {
            return;
        }

        var byKind = string.Join(", ", meta.GetProperty("by_kind").EnumerateObject().Select(p => $"{p.Name} {p.Value.GetInt32():N0}"));
        var resolve = meta.GetProperty("resolve");
        Line($"Delegations loaded beside the staffing: {Count(meta, "delegations")} ({byKind}; {Count(meta, "in_effect_today")} in effect today, " +
             $"{Count(meta, "ended")} ended, {Count(meta, "revoked")} revoked, {Count(meta, "runs_unit")} with a period of running the unit). " +
             $"ResolveAuthority of {resolve.GetProperty("name").GetString()} in the field {resolve.GetProperty("field").GetString()} (today and the past date); " +
             "\"mixed\": eight units and fields, one h2load process per client each with its own body, against Health/Check run the same way:");
        foreach (var v in results.Verifications)
        {
            Line($"Checked through ResolveAuthority before the runs: {v.GetProperty("passed").GetInt32()} of {v.GetProperty("checks").GetInt32()} answers as generated " +
                 $"({v.GetProperty("present").GetInt32()} delegations on a date inside their period, {v.GetProperty("absent").GetInt32()} on their first day without it).");
        }

        Line();
        Line("| clients × streams | Health/Check | GetHead today | ResolveAuthority today | ÷ GetHead | ÷ Health | ResolveAuthority past | past cost ÷ today | mixed | Health/Check mixed | mixed ÷ Health mixed | without delegations: ResolveAuthority today ÷ its Health |");
        Line("|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var (c, m) in results.Configs.OrderBy(x => x.Clients * x.Streams).ThenBy(x => x.Clients))
        {
            var (health, head, today, past) = (results.Calls("health", c, m), results.Calls("gethead-today", c, m), results.Calls("resolve-today", c, m), results.Calls("resolve-past", c, m));
            var (mix, healthMix) = (results.Calls("resolve-mix", c, m), results.Calls("health-mix", c, m));
            var without = results.Calls("nodeleg-resolve-today", c, m).Median / results.Calls("nodeleg-health", c, m).Median;
            Line($"| {c} × {m} | {N(health)} | {N(head)} | {N(today)} | {R(today.Median / head.Median)} | {R(today.Median / health.Median)} | {N(past)} | " +
                 $"{R(today.Median / past.Median)} | {N(mix)} | {N(healthMix)} | {R(mix.Median / healthMix.Median)} | {R(without)} |");
            Target($"ResolveAuthority ≥ 0.8 × GetHead ({c} × {m})", today.Median >= 0.8 * head.Median, R(today.Median / head.Median));
            Target($"ResolveAuthority ≥ 0.6 × Health/Check ({c} × {m}; mixed {R(mix.Median / healthMix.Median)})", today.Median >= 0.6 * health.Median, R(today.Median / health.Median));
            Target($"ResolveAuthority past ≤ 1.1 × today's cost ({c} × {m})", today.Median / past.Median <= 1.1, R(today.Median / past.Median));
        }

        var p99 = results.Latency("resolve-today", "p99_ms");
        Line();
        Line(string.Create(CultureInfo.InvariantCulture,
            $"At a fixed rate of {results.Latency("resolve-today", "target_rps").Median:N0} calls/s (70 % of Health/Check's at the first configuration, 8 clients × 1 stream): " +
            $"ResolveAuthority p50 {results.Latency("resolve-today", "p50_ms").Median:F2} ms, p99 {p99.Median:F2} ms, max {results.Latency("resolve-today", "max_ms").Median:F1} ms; " +
            $"Health/Check at the same rate p50 {results.Latency("health", "p50_ms").Median:F2} ms, p99 {results.Latency("health", "p99_ms").Median:F2} ms."));
        Target("ResolveAuthority p99 ≤ 5 ms at 70 % of Health/Check's rate", p99.Median <= 5, string.Create(CultureInfo.InvariantCulture, $"{p99.Median:F2} ms"));

        var (readyWithout, readyWith) = (results.ReadyMs("nodeleg"), results.ReadyMs("loaded"));
        var (rssWithout, rssWith) = (results.RssMiB("nodeleg-after-runs"), results.RssMiB("after-getunit"));
        var (startWithout, startWith) = (results.RssMiB("nodeleg-start"), results.RssMiB("start"));
        Line();
        Line("| server (same sitting) | ready, s | VmRSS after start, MiB | VmRSS after the same h2load runs, MiB | anon after the runs, MiB |");
        Line("|---|---|---|---|---|");
        Line($"| units and staffing, no delegations | {Seconds(readyWithout)} | {F(startWithout)} | {F(rssWithout)} | {F(results.RssMiB("nodeleg-after-runs", "anon_kib"))} |");
        Line($"| units, staffing and delegations | {Seconds(readyWith)} | {F(startWith)} | {F(rssWith)} | {F(results.RssMiB("after-getunit", "anon_kib"))} |");
        Line($"| with ÷ without | {R(readyWith.Median / readyWithout.Median)} | {R(startWith.Median / startWithout.Median)} | {R(rssWith.Median / rssWithout.Median)} | |");
        Line();
        Target("delegations add ≤ 15 % to the time to ready", readyWith.Median <= 1.15 * readyWithout.Median, R(readyWith.Median / readyWithout.Median));
        Target("delegations add ≤ 15 % to VmRSS after the runs", rssWith.Median <= 1.15 * rssWithout.Median, R(rssWith.Median / rssWithout.Median));
    }

    private static string Seconds(Stat ms) => ms.Count == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{ms.Median / 1000:F1}");
}
