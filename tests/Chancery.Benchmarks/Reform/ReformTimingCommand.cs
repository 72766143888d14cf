using System.Diagnostics;
using System.Text.Json;
using Chancery.Benchmarks.Commands;
using Chancery.Benchmarks.Loading;
using Chancery.Core.Registry;
using Chancery.Core.Units;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Chancery.Benchmarks.Reform;

/// <summary>
/// <c>reform-timing</c>: the national tree before 2025-07-01 stored in a fresh SQLite database,
/// the real server in this process on it (h2c on loopback, access enforced, a system
/// administrator's token), then the reform plan sent as DryRunPlan and as ApplyPlan, each timed to
/// its response. Baselines of the same sitting: storing the same units without rules (the
/// loader), building the in-memory snapshot of them, and a GetUnit round trip.
/// </summary>
public static class ReformTimingCommand
{
    public static async Task<int> RunAsync(CommandOptions options)
    {
        var work = Path.GetFullPath(options.Text("dir", "/tmp/chancery-reform-timing"));
        Directory.CreateDirectory(work);
        var clock = Stopwatch.StartNew();
        var tree = PreReformTree.Generate(options.Int("seed", PreReformTree.DefaultSeed), options.Int("target", PreReformTree.DefaultTarget));
        var generated = clock.Elapsed.TotalSeconds;
        var plan = new ReformPlanBuilder(tree, options.Flag("by-code")).Build(options.Text("plan-id", "sap-xep-2025-07-01"));
        Console.Error.WriteLine($"{tree.States.Count} units ({tree.Provinces.Count} provinces, {tree.Districts} districts, {tree.Communes} communes) generated in {generated:F1} s; " +
            $"plan of {plan.Operations.Count} operations, {plan.CalculateSize() / 1024.0 / 1024.0:F2} MiB as a protobuf message");
        if (options.Flag("generate-only"))
        {
            return 0;
        }

        clock.Restart();
        _ = UnitsSnapshot.Build(tree.States);
        var snapshotBuild = clock.Elapsed.TotalSeconds;
        // --reuse-tree: the tree stored by an earlier run with the same seed and target (no store baseline then)
        var stored = Path.Combine(work, $"tree-{options.Int("seed", PreReformTree.DefaultSeed)}-{tree.States.Count}.db");
        double? store = null;
        if (!options.Flag("reuse-tree") || !File.Exists(stored))
        {
            clock.Restart();
            await DatabaseLoader.LoadAsync(stored, tree.States, null, TimeProvider.System.GetUtcNow().UtcDateTime, CancellationToken.None);
            store = clock.Elapsed.TotalSeconds;
        }

        var database = Path.Combine(work, "reform.db");
        foreach (var path in new[] { database + "-wal", database + "-shm" })
        {
            File.Delete(path);
        }

        File.Copy(stored, database, overwrite: true);

        clock.Restart();
        await using var host = await ImportHost.StartAsync(database, CancellationToken.None, keepDatabase: true);
        var start = clock.Elapsed.TotalSeconds;
        var registry = host.Services.GetRequiredService<RegistryState>();
        var before = ReformCensus.Of(registry.Current.Units, ReformPlanBuilder.Effective.AddDays(-1));
        var calls = new PlanCalls(host.Channel, host.Token);
        var getUnit = await calls.GetUnitMedianAsync(tree.Provinces[0].Node.Id.ToString(), 20, CancellationToken.None);

        var (dryRun, preview) = await calls.DryRunAsync(plan, CancellationToken.None);
        Console.Error.WriteLine($"dry run: {dryRun:F2} s, {preview.Counts}, {preview.Problems.Count} problem(s)");
        foreach (var problem in preview.Problems.Take(10))
        {
            Console.Error.WriteLine($"  operation {problem.OperationIndex} ({problem.Label}): {problem.Code} {problem.Subject}: {problem.Description}");
        }

        if (preview.Problems.Count > 0 || options.Flag("dry-run-only"))
        {
            return preview.Problems.Count > 0 ? 1 : 0;
        }

        double apply;
        try
        {
            (apply, _) = await calls.ApplyAsync(plan, CancellationToken.None);
        }
        catch (RpcException e)
        {
            Console.Error.WriteLine($"ApplyPlan failed: {e.Status}");
            return 1;
        }

        var after = ReformCensus.Of(registry.Current.Units, ReformPlanBuilder.Effective);
        var counts = new ReformCounts(preview.Counts.Created, preview.Counts.Closed, preview.Counts.Moved, preview.Counts.Renamed);
        var figures = new ReformFigures(plan.Operations.Count, plan.CalculateSize(), before, after, counts,
            generated, snapshotBuild, store, start, getUnit, dryRun, apply);
        Report(options, figures);
        return 0;
    }

    private static void Report(CommandOptions options, ReformFigures f)
    {
        Console.Error.WriteLine($"""

            reform plan of {f.Operations} operations ({f.PlanBytes / 1024.0 / 1024.0:F2} MiB), {Environment.ProcessorCount} cores, load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}
              before (2025-06-30): {f.Before}
              after  (2025-07-01): {f.After}
              dry run counts: created {f.Counts.Created}, closed {f.Counts.Closed}, moved {f.Counts.Moved}, renamed {f.Counts.Renamed}
              baseline: build the snapshot of the tree (in memory)  {f.SnapshotBuildSeconds,8:F2} s
              baseline: store the tree (EF Core, no rules)          {f.StoreSeconds,8:F2} s{(f.StoreSeconds is null ? " (stored by an earlier run: --reuse-tree)" : "")}
              baseline: server start on the tree (reads it back)    {f.StartSeconds,8:F2} s
              baseline: GetUnit round trip (median of 20)           {f.GetUnitSeconds * 1000,8:F2} ms
              DryRunPlan, to the response                           {f.DryRunSeconds,8:F2} s   = {f.DryRunSeconds / f.SnapshotBuildSeconds:F1} x snapshot build   target: at most 10 s
              ApplyPlan, to the response                            {f.ApplySeconds,8:F2} s   = {f.ApplySeconds / f.StoreSeconds:F1} x store   target: at most 60 s
              peak working set                                      {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024,8} MiB
            """);
        var json = JsonSerializer.Serialize(f, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower });
        Console.WriteLine(json);
        if (options.Text("json") is { } path)
        {
            File.WriteAllText(path, json + "\n");
        }
    }
}

/// <summary>What one reform timing measured.</summary>
public sealed record ReformFigures(
    int Operations, int PlanBytes, ReformCensus Before, ReformCensus After, ReformCounts Counts,
    double GenerateSeconds, double SnapshotBuildSeconds, double? StoreSeconds, double StartSeconds, double GetUnitSeconds,
    double DryRunSeconds, double ApplySeconds)
{
    public string Kind => "reform-timing";

    public int Cores => Environment.ProcessorCount;
}

/// <summary>The dry run's counts of changed units.</summary>
public sealed record ReformCounts(int Created, int Closed, int Moved, int Renamed);
