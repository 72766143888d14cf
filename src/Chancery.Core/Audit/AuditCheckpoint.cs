using System.Globalization;
using System.Text.Json;

namespace Chancery.Core.Audit;

/// <summary>
/// The head of the audit chain at a moment: its last entry's sequence and hash, as a Certificate
/// Transparency log's tree head. Signed and kept outside the database, it proves later that the
/// chain still extends it: whoever rewrites the chain from an entry at or before
/// <see cref="Sequence"/>, even recomputing every later hash, cannot give that entry its old hash.
/// </summary>
/// <param name="Sequence">The last entry's sequence; 0 for an empty chain.</param>
/// <param name="HeadHash">The last entry's hash; <see cref="AuditChain.Genesis"/> for an empty chain.</param>
/// <param name="IssuedAt">When the checkpoint was taken, UTC, whole seconds.</param>
/// <param name="Issuer">The server that signed it (its token issuer).</param>
public sealed record AuditCheckpoint(long Sequence, string HeadHash, DateTime IssuedAt, string Issuer)
{
    public const string Type = "chancery-audit-checkpoint+jwt";

    /// <summary>The JSON that is signed: the same fields, in this order.</summary>
    public string Payload() => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["sequence"] = Sequence,
        ["head_hash"] = HeadHash,
        ["issued_at"] = FormatTime(IssuedAt),
        ["iss"] = Issuer,
    });

    /// <summary>The checkpoint a signed payload holds; null when it is not one.</summary>
    public static AuditCheckpoint? FromPayload(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            return new AuditCheckpoint(
                root.GetProperty("sequence").GetInt64(),
                root.GetProperty("head_hash").GetString() ?? "",
                ParseTime(root.GetProperty("issued_at").GetString()) ?? DateTime.MinValue,
                root.GetProperty("iss").GetString() ?? "");
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    public static string FormatTime(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static DateTime? ParseTime(string? text) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value)
            ? DateTime.SpecifyKind(value, DateTimeKind.Utc)
            : null;
}

/// <summary>A checkpoint with its signature: a compact JWS over <see cref="AuditCheckpoint.Payload"/> by the key <see cref="KeyId"/>.</summary>
public sealed record SignedAuditCheckpoint(AuditCheckpoint Checkpoint, string KeyId, string Signature);

/// <summary>Signs checkpoints with the server's token-signing key and checks their signatures; the host provides it.</summary>
public interface IAuditCheckpointSigner
{
    SignedAuditCheckpoint Sign(AuditCheckpoint checkpoint);

    /// <summary>Null when the signature is one of this server's keys over exactly this checkpoint; else why not.</summary>
    Task<string?> CheckAsync(SignedAuditCheckpoint signed);
}
