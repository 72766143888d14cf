using BenchmarkDotNet.Running;
using Chancery.Benchmarks.Snapshot;

namespace Chancery.Benchmarks.Commands;

/// <summary><c>bench</c>: the BenchmarkDotNet benchmarks of this assembly; arguments go to BenchmarkSwitcher (e.g. <c>--filter *Subtree*</c>).</summary>
public static class BenchCommand
{
    public static int Run(string[] args)
    {
        var switcher = BenchmarkSwitcher.FromAssembly(typeof(BenchCommand).Assembly);
        var summaries = switcher.Run(args.Length == 0 ? ["--filter", "*"] : args, BenchConfig.Create());
        return summaries.Any(s => s.HasCriticalValidationErrors) ? 1 : 0;
    }
}
