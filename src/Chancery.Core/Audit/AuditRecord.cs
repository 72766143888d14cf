using System.Text.Json;
using System.Text.Json.Serialization;

namespace Chancery.Core.Audit;

/// <summary>An audit entry a command asks for; the writer numbers, chains and stores it.</summary>
public sealed record AuditRecord(string EntityKind, string EntityId, string? Before, string? After);

/// <summary>The JSON that audit entries hold for the state of an entity.</summary>
public static class AuditJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
