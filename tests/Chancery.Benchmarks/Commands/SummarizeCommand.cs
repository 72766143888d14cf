using Chancery.Benchmarks.Sitting;

namespace Chancery.Benchmarks.Commands;

/// <summary><c>summarize</c>: the table of a sitting from its directory (results.jsonl and the peer's ldap-results-rep*.json).</summary>
public static class SummarizeCommand
{
    public static int Run(CommandOptions options)
    {
        Console.Write(new SittingReport(new SittingResults(options.Required("dir"))).Render());
        return 0;
    }
}
