using System.Diagnostics;
using Chancery.Benchmarks.Generation;
using Chancery.Benchmarks.Loading;
using Chancery.Core.Hierarchy;

namespace Chancery.Benchmarks.Commands;

/// <summary>
/// <c>load</c>: generates the hierarchy and stores it, with its history, in a fresh SQLite
/// database; registers the benchmarks' client (viewer, hierarchy.read) and writes its secret beside it.
/// </summary>
public static class LoadCommand
{
    public static async Task<int> RunAsync(CommandOptions options)
    {
        var clock = Stopwatch.StartNew();
        var hierarchy = NationalHierarchy.Generate(
            options.Int("seed", NationalHierarchy.DefaultSeed),
            options.Int("target", NationalHierarchy.DefaultTarget),
            options.Double("scale", NationalHierarchy.DefaultScale));
        var generated = clock.Elapsed;
        if (options.Flag("verify"))
        {
            HierarchyVerifier.Verify(HierarchySnapshot.Build(hierarchy.States));
        }

        var file = Path.GetFullPath(options.Text("db", "data/bench.db"));
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var (units, versions) = await DatabaseLoader.LoadAsync(file, hierarchy.States, TimeProvider.System.GetUtcNow().UtcDateTime, CancellationToken.None);
        var stored = clock.Elapsed;
        var clientFile = options.Text("client-out", Path.ChangeExtension(file, ".client.json"));
        (await BenchClient.RegisterAsync(file, CancellationToken.None)).Save(clientFile);
        Console.Error.WriteLine(
            $"{units} units, {versions} versions -> {file} (generated in {generated.TotalSeconds:F1} s, " +
            $"stored in {(stored - generated).TotalSeconds:F1} s); client {BenchClient.DefaultId} (viewer) -> {clientFile}");
        Console.WriteLine($"Data Source={file}");
        return 0;
    }
}
