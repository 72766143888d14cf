using System.Text.Json;
using System.Text.Json.Serialization;
using Chancery.Core.Delegations;
using Chancery.Core.Regulations.Text;

namespace Chancery.Core.Regulations;

/// <summary>
/// The JSON of the stored columns: a body as nested arrays of short-named objects
/// (<c>{"k":3,"n":"5","h":"…","t":"…","g":"…","c":[…]}</c>, empty parts left out), an amendment's
/// operations, a decision. Short names because 10,000 bodies of 200 provisions repeat them
/// 2,000,000 times; UTF-8 unescaped, so that Vietnamese text is stored as written.
/// </summary>
public static class BodyJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Body(RegulationBody body) => JsonSerializer.Serialize(body.Provisions.Select(ToDto).ToList(), Options);

    public static RegulationBody Body(string json) =>
        new((JsonSerializer.Deserialize<List<ProvisionDto>>(json, Options) ?? []).Select(FromDto).ToList());

    public static string Operations(IReadOnlyList<AmendmentOperation> operations) =>
        JsonSerializer.Serialize(operations.Select(o => new OperationDto((int)o.Action, o.Target, o.Parent, o.After, o.Provision is { } p ? ToDto(p) : null)).ToList(), Options);

    public static IReadOnlyList<AmendmentOperation> Operations(string json) =>
        (JsonSerializer.Deserialize<List<OperationDto>>(json, Options) ?? [])
            .Select(o => new AmendmentOperation((AmendmentAction)o.A, o.T, o.P, o.F, o.V is { } v ? FromDto(v) : null)).ToList();

    public static string? Decision(RegulationDecision? d) => d is null ? null : JsonSerializer.Serialize(
        new DecisionDto(d.Number, d.Date, d.SignerOfficialId, (int)d.Form, d.SignerName, d.SignerPosition, d.SignatureBlock, d.Title), Options);

    public static RegulationDecision? Decision(string? json) =>
        json is null || JsonSerializer.Deserialize<DecisionDto>(json, Options) is not { } d
            ? null
            : new RegulationDecision(d.Number, d.Date, d.Signer, (SigningForm)d.Form, d.Name, d.Position, d.Block, d.Title);

    private static ProvisionDto ToDto(Provision p) => new(
        (int)p.Kind, p.Number, p.Heading, p.Text.Length == 0 ? null : p.Text, p.Guid, p.Children.Count == 0 ? null : p.Children.Select(ToDto).ToList());

    private static Provision FromDto(ProvisionDto d) =>
        new(d.G, (ProvisionKind)d.K, d.N, d.H, d.T ?? "", d.C is null ? [] : d.C.Select(FromDto).ToList());

    private sealed record ProvisionDto(int K, string N, string? H, string? T, Guid G, List<ProvisionDto>? C)
    {
        [JsonPropertyName("k")] public int K { get; init; } = K;
        [JsonPropertyName("n")] public string N { get; init; } = N;
        [JsonPropertyName("h")] public string? H { get; init; } = H;
        [JsonPropertyName("t")] public string? T { get; init; } = T;
        [JsonPropertyName("g")] public Guid G { get; init; } = G;
        [JsonPropertyName("c")] public List<ProvisionDto>? C { get; init; } = C;
    }

    private sealed record OperationDto(int A, Guid? T, Guid? P, Guid? F, ProvisionDto? V)
    {
        [JsonPropertyName("a")] public int A { get; init; } = A;
        [JsonPropertyName("t")] public Guid? T { get; init; } = T;
        [JsonPropertyName("p")] public Guid? P { get; init; } = P;
        [JsonPropertyName("f")] public Guid? F { get; init; } = F;
        [JsonPropertyName("v")] public ProvisionDto? V { get; init; } = V;
    }

    private sealed record DecisionDto(string Number, DateOnly Date, Guid Signer, int Form, string Name, string Position, IReadOnlyList<string> Block, string? Title);
}
