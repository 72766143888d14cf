using System.Diagnostics;
using Chancery.Benchmarks.Generation;
using Chancery.Benchmarks.Loading;
using Chancery.Core.Hierarchy;

namespace Chancery.Benchmarks.Commands;

/// <summary><c>load</c>: generates the hierarchy and stores it, with its history, in a fresh SQLite database.</summary>
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
        Console.Error.WriteLine(
            $"{units} units, {versions} versions -> {file} (generated in {generated.TotalSeconds:F1} s, " +
            $"stored in {(clock.Elapsed - generated).TotalSeconds:F1} s)");
        Console.WriteLine($"Data Source={file}");
        return 0;
    }
}
