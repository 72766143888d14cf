using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Text.Json;
using Chancery.Core.Delegations;
using Chancery.Core.Positions;
using Chancery.Core.Registry;
using Chancery.Core.Storage;
using Chancery.Core.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Chancery.Benchmarks.Commands;

/// <summary>
/// <c>part-memory --db bench.db [--runs 1] [--json out.json]</c>: each registry part's share of the
/// read model (issue 13). Loads the parts one after another, as the server does at start, and
/// after each part measures the managed heap after a full compacting collection, keeping every
/// slice alive: the difference is what the part's slice holds. Prints bytes per unit, per
/// appointment (positions, officials and appointments together) and per delegation, and each
/// part's load time (single-threaded, one after another).
/// </summary>
public static class PartMemoryCommand
{
    public static async Task<int> RunAsync(CommandOptions options)
    {
        var file = Path.GetFullPath(options.Required("db"));
        var database = new ChanceryDatabase(Options.Create(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={file}" }));
        await database.MigrateAsync(CancellationToken.None); // as the server does at start
        var runs = options.Int("runs", 1);
        var results = new List<Dictionary<string, object>>();
        for (var run = 1; run <= runs; run++)
        {
            await using var db = database.CreateContext();
            await db.Database.OpenConnectionAsync();
            var slices = new List<object>();
            var before = Heap();
            foreach (var part in RegistryParts.All)
            {
                var clock = Stopwatch.StartNew();
                var slice = await part.LoadAsync(db, CancellationToken.None);
                var ms = clock.Elapsed.TotalMilliseconds;
                slices.Add(slice);
                var after = Heap();
                var (count, per) = Count(slice);
                var bytes = after - before;
                results.Add(new()
                {
                    ["run"] = run, ["part"] = part.SliceType.Name, ["bytes"] = bytes, ["load_ms"] = Math.Round(ms),
                    ["count"] = count, ["per"] = per, ["bytes_per"] = count > 0 ? Math.Round((double)bytes / count) : 0,
                });
                var each = count > 0 ? string.Create(CultureInfo.InvariantCulture, $"  {count,8:N0} {per}, {(double)bytes / count,6:F0} B each") : "";
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run} {part.SliceType.Name,-20} {bytes / 1048576.0,8:F1} MiB  {ms,7:F0} ms{each}"));
                before = after;
            }

            GC.KeepAlive(slices);
        }

        if (options.Text("json") is { } json)
        {
            await File.WriteAllTextAsync(json, JsonSerializer.Serialize(results));
        }

        return 0;
    }

    private static long Heap()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(false);
    }

    private static (int Count, string Per) Count(object slice) => slice switch
    {
        UnitsSnapshot u => (u.Count, "units"),
        PositionsSnapshot p => (p.AppointmentCount, "appointments"),
        DelegationsSnapshot d => (d.Count, "delegations"),
        _ => (0, ""),
    };
}
