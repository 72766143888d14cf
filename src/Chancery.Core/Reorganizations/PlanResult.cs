using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Chancery.Core.Delegations;

namespace Chancery.Core.Reorganizations;

/// <summary>What a dry run shows, or what applying a plan did.</summary>
/// <remarks>The delegations and signer gaps are null in the results of plans stored before they were listed.</remarks>
public sealed record PlanResult(
    string PlanId, bool Applied, bool AlreadyApplied, PlanCounts Counts, int ChangesTotal,
    IReadOnlyList<UnitChangeSummary> Changes, IReadOnlyList<PlanProblem> Problems,
    IReadOnlyList<EndedDelegation>? EndedDelegations = null, int EndedDelegationsTotal = 0,
    IReadOnlyList<SignerGap>? SignerGaps = null, int SignerGapsTotal = 0)
{
    public static PlanResult From(ReorganizationPlan plan, PlanOutcome outcome, bool applied) =>
        new(plan.Id, applied, false, outcome.Counts, outcome.Changes.Count, outcome.Changes.Take(PlanOutcome.ListedChanges).ToList(), outcome.Problems,
            outcome.EndedDelegations.Take(DelegationEndings.Listed).ToList(), outcome.EndedDelegations.Count,
            outcome.SignerGaps.Take(Delegations.SignerGaps.Listed).ToList(), outcome.SignerGaps.Count);
}

/// <summary>Plans and their results as JSON: what is stored, and what the content hash covers.</summary>
public static class PlanJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;

    public static string Hash(string json) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
}
