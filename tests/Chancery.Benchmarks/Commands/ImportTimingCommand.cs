using System.Diagnostics;
using System.Text.Json;
using Chancery.Benchmarks.Client;
using Chancery.Benchmarks.Generation;
using Chancery.Benchmarks.Loading;
using Chancery.Benchmarks.Output;
using Chancery.Core.Units;
using Chancery.Core.Reorganizations.Files;
using Chancery.Core.Storage;
using Chancery.Core.Time;
using Chancery.V1;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chancery.Benchmarks.Commands;

/// <summary>
/// <c>import-timing</c>: the generated tree as JSON Lines, imported end to end through
/// ImportHierarchy (a real server in this process, h2c on loopback, access enforced) into a fresh
/// SQLite database, against two baselines of the same sitting: reading and checking the same file
/// (the import's own parser, no registry), and storing the same units through EF Core without
/// rules or audit (the benchmarks' loader).
/// </summary>
public static class ImportTimingCommand
{
    public static async Task<int> RunAsync(CommandOptions options)
    {
        var work = Path.GetFullPath(options.Text("dir", "/tmp/chancery-import-timing"));
        Directory.CreateDirectory(work);
        var date = options.Date("as-of");
        var file = options.Text("file") ?? Generate(options, Path.Combine(work, "units.jsonl"), date);
        var runs = options.Int("runs", 1);

        var parse = new List<double>();
        HierarchyFile? read = null;
        for (var i = 0; i < 3; i++)
        {
            var clock = Stopwatch.StartNew();
            await using var stream = File.OpenRead(file);
            read = await HierarchyFileReader.ReadAsync(stream, HierarchyFileFormat.JsonLines, CancellationToken.None);
            HierarchyFileChecks.Check(read.Rows, UnitsSnapshot.Empty, date, read.Problems);
            parse.Add(clock.Elapsed.TotalSeconds);
        }

        if (read!.Problems.Count > 0)
        {
            Console.Error.WriteLine($"The file has {read.Problems.Count} problem(s); the first: {read.Problems.Kept[0].Location}: {read.Problems.Kept[0].Message}");
            return 1;
        }

        // --only-import: no storage baseline (to profile the import alone)
        double? store = options.Flag("only-import") ? null : await StoreAsync(read.Rows, Path.Combine(work, "store-baseline.db"), date);
        var imports = new List<(double Seconds, int Created, long Rows)>();
        for (var run = 1; run <= runs; run++)
        {
            imports.Add(await ImportAsync(file, Path.Combine(work, $"import-{run}.db"), date, run));
            Console.Error.WriteLine($"run {run}: imported {imports[^1].Created} units in {imports[^1].Seconds:F2} s ({imports[^1].Rows} rows stored)");
        }

        Report(options, file, read.Rows.Count, Median(parse), store, imports);
        return imports.All(i => i.Created == read.Rows.Count && i.Rows == read.Rows.Count) ? 0 : 1;
    }

    private static string Generate(CommandOptions options, string path, DateOnly date)
    {
        var hierarchy = NationalHierarchy.Generate(
            options.Int("seed", NationalHierarchy.DefaultSeed), options.Int("target", NationalHierarchy.DefaultTarget), options.Double("scale", NationalHierarchy.DefaultScale));
        var count = UnitsJsonLines.Write(path, UnitsSnapshot.Build(hierarchy.States), hierarchy.Root.Id, date);
        Console.Error.WriteLine($"{count} units as of {IsoDate.Format(date)} -> {path}");
        return path;
    }

    /// <summary>The same units, one version each, stored through EF Core in one transaction: the storage floor.</summary>
    private static async Task<double> StoreAsync(IReadOnlyList<HierarchyRow> rows, string databaseFile, DateOnly date)
    {
        var states = rows.Select(r => new UnitState(r.Id, 1, [new UnitVersionState(date, null, r.Name, r.ShortName, r.Kind, r.ParentId, r.Code)])).ToList();
        var clock = Stopwatch.StartNew();
        await DatabaseLoader.LoadAsync(databaseFile, states, null, TimeProvider.System.GetUtcNow().UtcDateTime, CancellationToken.None);
        return clock.Elapsed.TotalSeconds;
    }

    private static async Task<(double Seconds, int Created, long Rows)> ImportAsync(string file, string databaseFile, DateOnly date, int run)
    {
        await using var host = await ImportHost.StartAsync(databaseFile, CancellationToken.None);
        var header = new ImportHeader
        {
            Format = FileFormat.JsonLines,
            PlanId = $"import-timing-{run}",
            EffectiveDate = IsoDate.Format(date),
            Basis = new Basis { Number = "01/2025/BENCH", Issuer = "Chancery benchmarks", Title = "Import of the national benchmark tree" },
        };
        var result = await FileImporter.RunAsync(host.Channel, host.Token, header, file, CancellationToken.None);
        await using var db = host.Services.GetRequiredService<ChanceryDatabase>().CreateContext();
        var stored = await db.Units.LongCountAsync();
        return (result.Seconds, result.Response.Result.Counts.Created, stored);
    }

    private static void Report(CommandOptions options, string file, int units, double parse, double? store, List<(double Seconds, int Created, long Rows)> imports)
    {
        var first = imports[0].Seconds;
        var best = imports.Min(i => i.Seconds);
        Console.Error.WriteLine($"""

            import of {units} units ({new FileInfo(file).Length / 1024 / 1024} MiB of JSON Lines), {Environment.ProcessorCount} cores, load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}
              baseline: read and check the file (median of 3)   {parse,8:F2} s
              baseline: store the same units (EF Core, no rules) {store,8:F2} s
              ImportHierarchy, end to end (first run)           {first,8:F2} s   = {first / parse:F1} x read-and-check, {first / store:F1} x store
              ImportHierarchy, best of {imports.Count}                     {best,8:F2} s   target: at most 30 s
              peak working set                                  {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024,8} MiB
            """);
        var json = JsonSerializer.Serialize(new
        {
            kind = "import-timing",
            units,
            parse_s = parse,
            store_s = store,
            import_s = imports.Select(i => i.Seconds).ToArray(),
            ratio_to_parse = first / parse,
            ratio_to_store = first / store,
            cores = Environment.ProcessorCount,
        });
        Console.WriteLine(json);
        if (options.Text("json") is { } path)
        {
            File.WriteAllText(path, json + "\n");
        }
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
