using Chancery.Benchmarks.Sitting;

namespace Chancery.Benchmarks.Commands;

/// <summary><c>summarize</c>: the table of a sitting from its results.jsonl (and the peer's results.json).</summary>
public static class SummarizeCommand
{
    public static int Run(CommandOptions options)
    {
        var dir = options.Required("dir");
        var results = new SittingResults(Path.Combine(dir, "results.jsonl"), options.Text("ldap"));
        Console.Write(new SittingReport(results).Render());
        return 0;
    }
}
