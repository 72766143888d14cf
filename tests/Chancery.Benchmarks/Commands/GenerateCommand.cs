using System.Diagnostics;
using Chancery.Benchmarks.Generation;
using Chancery.Benchmarks.Output;
using Chancery.Core.Units;
using Chancery.Core.Time;

namespace Chancery.Benchmarks.Commands;

/// <summary><c>generate</c>: today's tree as JSON Lines, and meta.json beside it.</summary>
public static class GenerateCommand
{
    public static int Run(CommandOptions options)
    {
        var clock = Stopwatch.StartNew();
        var hierarchy = NationalHierarchy.Generate(
            options.Int("seed", NationalHierarchy.DefaultSeed),
            options.Int("target", NationalHierarchy.DefaultTarget),
            options.Double("scale", NationalHierarchy.DefaultScale));
        var snapshot = UnitsSnapshot.Build(hierarchy.States);
        if (options.Flag("verify"))
        {
            HierarchyVerifier.Verify(snapshot);
        }

        var date = options.Date("as-of");
        var output = options.Text("out", "units.jsonl");
        var meta = options.Text("meta") ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(output))!, "meta.json");
        var count = UnitsJsonLines.Write(output, snapshot, hierarchy.Root.Id, date);
        HierarchyMeta.Write(meta, hierarchy, snapshot, date);
        Console.Error.WriteLine(
            $"{count} units as of {IsoDate.Format(date)} -> {output} ({hierarchy.States.Count} units with history, " +
            $"{hierarchy.SizeBeforeTrim} before trim/pad); meta -> {meta}; {clock.Elapsed.TotalSeconds:F1} s");
        return 0;
    }
}
