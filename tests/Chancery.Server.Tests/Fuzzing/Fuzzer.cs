using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;

namespace Chancery.Server.Tests.Fuzzing;

/// <summary>
/// Sends every chancery.v1 method, in turn, well-formed messages with random field values, mutations
/// of them, and raw random bytes, bounded in count and time, and counts what comes back. INTERNAL
/// (an unexpected error), UNKNOWN for a message that parses, a broken connection or a hang is a
/// violation; a message that does not parse may get grpc-dotnet's UNKNOWN.
/// </summary>
public static class Fuzzer
{
    public static async Task RunAsync(CallInvoker invoker, ValuePool pool, FuzzReport report, int perMethod, TimeSpan budget, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + budget;
        var options = new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(ChanceryMethods.All, options, async (method, token) =>
        {
            var methodSeed = ChanceryMethods.Seed(report.Seed, method);
            var generator = new MessageGenerator(new Random(methodSeed), pool);
            for (var i = 0; i < perMethod && DateTime.UtcNow < deadline; i++)
            {
                var (kind, message) = (i % 5) switch
                {
                    0 or 1 or 2 => ("fields", generator.WellFormed(method.InputType)),
                    3 => ("mutated", generator.Mutated(method.InputType)),
                    _ => ("raw", generator.Raw()),
                };
                var parses = Parses(method.InputType, message);
                var code = await RawCalls.CallAsync(invoker, method, message, token);
                report.Count(parses ? kind : kind + " (unparseable)", code);
                if (code is StatusCode.Internal or StatusCode.Unavailable or StatusCode.DeadlineExceeded || (parses && code is StatusCode.Unknown))
                {
                    report.Violation(ChanceryMethods.Key(method), kind, methodSeed, i, code, message);
                }
            }
        });
    }

    private static bool Parses(MessageDescriptor descriptor, byte[] message)
    {
        try
        {
            descriptor.Parser.ParseFrom(message);
            return true;
        }
        catch (InvalidProtocolBufferException)
        {
            return false;
        }
    }
}
