namespace Chancery.Benchmarks.Commands;

public static class SummarizeCommand
{
    public static int Run(CommandOptions options) => 0;
}
