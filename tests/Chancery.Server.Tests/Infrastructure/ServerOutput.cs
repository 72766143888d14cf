using System.Text;

namespace Chancery.Server.Tests.Infrastructure;

/// <summary>Reads a server process's output into a buffer and signals when it says it is ready.</summary>
public static class ServerOutput
{
    public static void Pump(StreamReader reader, StringBuilder output, TaskCompletionSource ready) => _ = Task.Run(async () =>
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            lock (output)
            {
                output.AppendLine(line);
            }

            if (line.Contains("Chancery is ready.", StringComparison.Ordinal))
            {
                ready.TrySetResult();
            }
        }
    });
}
