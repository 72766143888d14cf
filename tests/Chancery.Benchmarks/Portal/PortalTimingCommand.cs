using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Chancery.Benchmarks.Commands;
using Grpc.Net.Client;

namespace Chancery.Benchmarks.Portal;

/// <summary>
/// <c>portal-timing</c>: a page of the tree, a unit's page and the chart of a whole subtree, each
/// fetched from the running portal as a signed-in person, against the same gRPC calls made alone
/// (same order, same arguments, same person's token) in the same run, interleaved. Answers the
/// medians and the ratio page ÷ calls (issue 12: at most 2), and the chart's time and size.
/// </summary>
public static class PortalTimingCommand
{
    /// <summary>The scopes the portal asks for (portal/Chancery.Portal/Setup/SignInSetup.cs).</summary>
    private static readonly string[] PortalScopes =
    [
        "openid", "profile", "offline_access", "hierarchy.read", "hierarchy.write", "positions.read", "positions.write",
        "delegations.read", "delegations.write", "audit.read", "access.read", "access.write",
    ];

    public static async Task<int> RunAsync(CommandOptions options)
    {
        var portal = options.Required("portal").TrimEnd('/');
        var server = options.Required("server").TrimEnd('/');
        var (user, password) = (options.Required("user"), options.Required("password"));
        var asOf = options.Text("as-of", CommandOptions.Today().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var (opened, unit, chart) = (options.Required("open"), options.Required("unit"), options.Required("chart"));
        var (runs, warmup) = (options.Int("runs", 30), options.Int("warmup", 5));

        using var http = BrowserlessSignIn.NewClient();
        await BrowserlessSignIn.PortalAsync(http, portal, user, password);
        using var tokenHttp = BrowserlessSignIn.NewClient();
        var token = await BrowserlessSignIn.TokenAsync(tokenHttp, server, options.Text("client-id", "chancery-portal"), portal + "/signin-oidc", PortalScopes, user, password);
        using var channel = GrpcChannel.ForAddress(options.Required("grpc"));
        var calls = new PageCalls(channel, token);

        var pages = new (string Name, string Path, string Marker, Func<Task> Calls)[]
        {
            ("tree", $"/hierarchy?asOf={asOf}&open={opened}", "id=\"tree\"", () => calls.TreeAsync(opened, asOf)),
            ("unit", $"/units/{unit}?asOf={asOf}", "id=\"unit-name\"", () => calls.UnitAsync(unit, asOf)),
            ("chart", $"/units/{chart}/chart?asOf={asOf}&depth=0", "id=\"chart\"", () => calls.ChartAsync(chart, asOf)),
        };
        var results = new List<object>();
        foreach (var (name, path, marker, call) in pages)
        {
            var (pageMs, callsMs) = (new List<double>(), new List<double>());
            long bytes = 0;
            for (var i = 0; i < warmup + runs; i++)
            {
                var clock = Stopwatch.StartNew();
                using var response = await http.GetAsync(portal + path);
                var body = await response.Content.ReadAsStringAsync();
                var page = clock.Elapsed.TotalMilliseconds;
                if (!response.IsSuccessStatusCode || !body.Contains(marker, StringComparison.Ordinal))
                {
                    Console.Error.WriteLine($"{name}: {path} answered {(int)response.StatusCode} without {marker}");
                    return 1;
                }

                clock.Restart();
                await call();
                var alone = clock.Elapsed.TotalMilliseconds;
                if (i >= warmup)
                {
                    bytes = body.Length;
                    pageMs.Add(page);
                    callsMs.Add(alone);
                }
            }

            var boxes = name == "chart" ? await calls.ChartAsync(chart, asOf) : 0;
            var (p, c) = (Median(pageMs), Median(callsMs));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-6} page {p,8:F2} ms (p90 {Percentile(pageMs, 0.9),8:F2})  calls alone {c,8:F2} ms (p90 {Percentile(callsMs, 0.9),8:F2})  ratio {p / c,5:F2}  html {bytes / 1024.0,8:F1} KiB{(boxes > 0 ? $"  units {boxes}" : "")}"));
            results.Add(new { page = name, path, runs, page_ms = p, page_p90_ms = Percentile(pageMs, 0.9), calls_ms = c, calls_p90_ms = Percentile(callsMs, 0.9), ratio = p / c, html_chars = bytes, units = boxes });
        }

        if (options.Text("json") is { } file)
        {
            await File.WriteAllTextAsync(file, JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true }));
        }

        return 0;
    }

    private static double Median(List<double> values) => Percentile(values, 0.5);

    private static double Percentile(List<double> values, double q)
    {
        var sorted = values.Order().ToList();
        var rank = q * (sorted.Count - 1);
        var (lo, hi) = ((int)Math.Floor(rank), (int)Math.Ceiling(rank));
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
    }
}
