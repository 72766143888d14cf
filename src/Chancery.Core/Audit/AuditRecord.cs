using System.Text.Json;
using System.Text.Json.Serialization;
using Chancery.Core.Units;
using Chancery.Core.Time;

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

    public static string? Unit(UnitState? unit) => unit is null ? null : Serialize(new
    {
        id = unit.Id,
        version = unit.Version,
        versions = unit.Versions.Select(v => new
        {
            valid_from = IsoDate.Format(v.From),
            valid_to = v.To is { } to ? IsoDate.Format(to) : null,
            name = v.Name,
            short_name = v.ShortName,
            kind = UnitKinds.ToFileName(v.Kind),
            parent_id = v.ParentId,
            code = v.Code,
        }),
    });
}
