using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Chancery.Benchmarks.Snapshot;

/// <summary>
/// In-process (no generated project to build; also for jobs given on the command line, such as
/// <c>--job short</c>), with a generous time limit because the cores are shared with other work;
/// 10 to 30 iterations; memory diagnoser; one baseline per category: today's date for the as-of
/// pairs. Each class's results are written when it is done.
/// </summary>
public static class BenchConfig
{
    public static IConfig Create() =>
        DefaultConfig.Instance
            .AddJob(Job.Default
                .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true))
                .WithMinIterationCount(10)
                .WithMaxIterationCount(30)
                .AsDefault())
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(CategoriesColumn.Default)
            .AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByCategory);
}
