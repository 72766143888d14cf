using System.Diagnostics;
using Chancery.Benchmarks.Delegations;
using Chancery.Benchmarks.Generation;
using Chancery.Benchmarks.Loading;
using Chancery.Benchmarks.Staffing;
using Chancery.Core.Units;

namespace Chancery.Benchmarks.Commands;

/// <summary>
/// <c>load</c>: generates the hierarchy and stores it, with its history, in a fresh SQLite
/// database; with <c>--staffing</c>, also positions, officials and appointments over it (and their
/// meta, with the sample unit, in <c>--staffing-meta</c>); with <c>--delegations</c>, the staffing and
/// delegations over it (their meta, the sitting's ResolveAuthority questions and a sample to check,
/// in <c>--delegations-meta</c>); registers the benchmarks' client
/// (viewer, hierarchy.read, positions.read and delegations.read) and writes its secret beside it.
/// </summary>
public static class LoadCommand
{
    public static async Task<int> RunAsync(CommandOptions options)
    {
        var clock = Stopwatch.StartNew();
        var seed = options.Int("seed", NationalHierarchy.DefaultSeed);
        var hierarchy = NationalHierarchy.Generate(seed, options.Int("target", NationalHierarchy.DefaultTarget), options.Double("scale", NationalHierarchy.DefaultScale));
        var staffing = options.Flag("staffing") || options.Flag("delegations") ? NationalStaffing.Generate(hierarchy, seed) : null;
        var delegations = options.Flag("delegations") ? NationalDelegations.Generate(staffing!, seed) : null;
        var generated = clock.Elapsed;
        if (options.Flag("verify"))
        {
            HierarchyVerifier.Verify(UnitsSnapshot.Build(hierarchy.States));
            if (staffing is not null)
            {
                StaffingVerifier.Verify(staffing);
            }

            if (delegations is not null)
            {
                DelegationVerifier.Verify(delegations);
            }
        }

        var file = Path.GetFullPath(options.Text("db", "data/bench.db"));
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var (units, versions) = await DatabaseLoader.LoadAsync(file, hierarchy.States, staffing, TimeProvider.System.GetUtcNow().UtcDateTime, CancellationToken.None, delegations);
        var stored = clock.Elapsed;
        var clientFile = options.Text("client-out", Path.ChangeExtension(file, ".client.json"));
        (await BenchClient.RegisterAsync(file, CancellationToken.None)).Save(clientFile);
        var staffed = "";
        if (staffing is not null)
        {
            var metaFile = options.Text("staffing-meta", Path.ChangeExtension(file, ".staffing.json"));
            var (today, past) = (options.Date("as-of"), NationalHierarchy.PastDate);
            StaffingMeta.Write(metaFile, staffing, StaffingSample.Choose(hierarchy, staffing, today, past), today, past);
            staffed = $", {staffing.Positions.Count} positions, {staffing.Officials.Count} officials, {staffing.Appointments.Count} appointments (meta -> {metaFile})";
            if (delegations is not null)
            {
                var delegationsFile = options.Text("delegations-meta", Path.ChangeExtension(file, ".delegations.json"));
                DelegationsMeta.Write(delegationsFile, hierarchy, delegations, today, past, seed);
                staffed += $", {delegations.Rows.Count} delegations (meta -> {delegationsFile})";
            }
        }

        Console.Error.WriteLine(
            $"{units} units, {versions} versions{staffed} -> {file} (generated in {generated.TotalSeconds:F1} s, " +
            $"stored in {(stored - generated).TotalSeconds:F1} s); client {BenchClient.DefaultId} (viewer) -> {clientFile}");
        Console.WriteLine($"Data Source={file}");
        return 0;
    }
}
