using System.Collections.Concurrent;
using System.Text;
using Grpc.Core;

namespace Chancery.Server.Tests.Fuzzing;

/// <summary>What a fuzz run sent and got: statuses by kind of message and code, and every answer it must not get.</summary>
public sealed class FuzzReport(int seed)
{
    private readonly ConcurrentDictionary<(string Kind, StatusCode Code), int> statuses = new();
    private readonly ConcurrentQueue<string> violations = new();
    private int sent;

    public int Seed => seed;

    public int Sent => sent;

    public IReadOnlyCollection<string> Violations => violations;

    public void Count(string kind, StatusCode code)
    {
        Interlocked.Increment(ref sent);
        statuses.AddOrUpdate((kind, code), 1, (_, n) => n + 1);
    }

    public void Violation(string method, string kind, int methodSeed, int index, StatusCode code, byte[] message) =>
        violations.Enqueue($"{method} ({kind}, method seed {methodSeed}, message {index}): {code}; request (base64, first 512 bytes) {Convert.ToBase64String(message, 0, Math.Min(512, message.Length))}");

    public int CountOf(StatusCode code) => statuses.Where(s => s.Key.Code == code).Sum(s => s.Value);

    public override string ToString()
    {
        var text = new StringBuilder($"fuzz seed {seed} (set CHANCERY_FUZZ_SEED to repeat another): {sent} messages\n");
        foreach (var group in statuses.OrderBy(s => s.Key.Kind, StringComparer.Ordinal).ThenBy(s => s.Key.Code).GroupBy(s => s.Key.Kind))
        {
            text.AppendLine($"  {group.Key}: " + string.Join(", ", group.Select(s => $"{s.Key.Code} {s.Value}")));
        }

        foreach (var method in violations.GroupBy(v => v[..v.IndexOf(' ', StringComparison.Ordinal)], StringComparer.Ordinal))
        {
            text.AppendLine($"  {method.Count()} violation(s) of {method.Key}, the first:");
            foreach (var violation in method.Take(3))
            {
                text.AppendLine("    " + violation);
            }
        }

        return text.ToString();
    }
}
