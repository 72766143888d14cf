using System.Text.Json;
using Chancery.Benchmarks.Delegations;
using Chancery.V1;
using Grpc.Core;
using Grpc.Net.Client;

namespace Chancery.Benchmarks.Commands;

/// <summary>
/// <c>verify-authority</c>: asks the running server ResolveAuthority for each check of the
/// delegations' meta (<c>load --delegations</c>): on a date inside a generated delegation's period,
/// the delegation must be among the signers, with its delegate and signing form; on its first day
/// without it, it must not. Prints the counts as JSON; fails (exit 1) on any mismatch, so that the
/// sitting does not measure data the server reads otherwise than it was generated.
/// </summary>
public static class VerifyAuthorityCommand
{
    public static async Task<int> RunAsync(CommandOptions options)
    {
        using var meta = JsonDocument.Parse(File.ReadAllText(options.Required("meta")));
        var checks = meta.RootElement.GetProperty("checks").Deserialize<List<AuthorityQuestion>>(new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower })!;
        using var channel = GrpcChannel.ForAddress(options.Text("address", "http://127.0.0.1:5200"));
        var client = new V1.Delegations.DelegationsClient(channel);
        var headers = options.Text("token") is { } token ? new Metadata { { "authorization", $"Bearer {token}" } } : [];
        var (passed, signers, failures) = (0, 0, new List<string>());
        foreach (var q in checks)
        {
            var answer = await client.ResolveAuthorityAsync(
                new ResolveAuthorityRequest { UnitId = q.Unit, FieldCode = q.Field ?? "", DocumentKind = q.Kind ?? "", AsOf = q.AsOf }, headers);
            signers += answer.Signers.Count;
            var found = answer.Signers.FirstOrDefault(s => s.DelegationId == q.Delegation);
            var ok = q.Present ? found is not null && found.OfficialId == q.Official && (int)found.Form == q.Form : found is null;
            if (ok)
            {
                passed++;
            }
            else
            {
                failures.Add($"{q.Delegation} on {q.AsOf} in {q.Unit} ({q.Field ?? q.Kind}): expected {(q.Present ? $"form {q.Form} for {q.Official}" : "absent")}, " +
                    $"got {(found is null ? "absent" : $"form {(int)found.Form} for {found.OfficialId}")}");
            }
        }

        Console.WriteLine(JsonSerializer.Serialize(new
        {
            checks = checks.Count,
            present = checks.Count(c => c.Present),
            absent = checks.Count(c => !c.Present),
            passed,
            failed = failures.Count,
            signers_per_answer = checks.Count == 0 ? 0 : (double)signers / checks.Count,
            failures = failures.Take(10),
        }));
        return failures.Count == 0 ? 0 : 1;
    }
}
