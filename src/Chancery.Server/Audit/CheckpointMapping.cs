using Chancery.Core.Audit;
using Chancery.Core.Errors;
using Google.Protobuf;

namespace Chancery.Server.Audit;

/// <summary>Checkpoints between the contract and the core, and as the JSON file an auditor keeps (proto3's JSON mapping).</summary>
public static class CheckpointMapping
{
    private static readonly JsonFormatter FileFormatter = new(JsonFormatter.Settings.Default.WithPreserveProtoFieldNames(true).WithIndentation());

    public static V1.AuditCheckpoint ToMessage(this SignedAuditCheckpoint signed) => new()
    {
        Sequence = signed.Checkpoint.Sequence,
        HeadHash = signed.Checkpoint.HeadHash,
        IssuedAt = AuditCheckpoint.FormatTime(signed.Checkpoint.IssuedAt),
        Issuer = signed.Checkpoint.Issuer,
        KeyId = signed.KeyId,
        Signature = signed.Signature,
    };

    public static SignedAuditCheckpoint ToCore(V1.AuditCheckpoint message, InputErrors errors, string field = "checkpoint")
    {
        if (message.Sequence < 0)
        {
            errors.Add($"{field}.sequence", "A sequence is 0 or more.");
        }

        if (message.HeadHash.Length != 64 || !message.HeadHash.All(Uri.IsHexDigit))
        {
            errors.Add($"{field}.head_hash", "A head hash is 64 hexadecimal digits.");
        }

        var issued = AuditCheckpoint.ParseTime(message.IssuedAt);
        if (issued is null)
        {
            errors.Add($"{field}.issued_at", "A UTC time yyyy-mm-ddThh:mm:ssZ.");
        }

        if (message.Signature.Length == 0)
        {
            errors.Add($"{field}.signature", "The checkpoint's signature (a compact JWS) is required.");
        }

        return new SignedAuditCheckpoint(new AuditCheckpoint(message.Sequence, message.HeadHash, issued ?? default, message.Issuer), message.KeyId, message.Signature);
    }

    /// <summary>The checkpoint as its file: indented JSON with the contract's field names.</summary>
    public static string ToFile(this SignedAuditCheckpoint signed) => FileFormatter.Format(signed.ToMessage()) + "\n";

    /// <summary>A checkpoint file (or the JSON of GetAuditCheckpoint's checkpoint); bad input when it is not one.</summary>
    public static SignedAuditCheckpoint FromFile(string json)
    {
        V1.AuditCheckpoint message;
        try
        {
            message = JsonParser.Default.Parse<V1.AuditCheckpoint>(json);
        }
        catch (InvalidProtocolBufferException ex)
        {
            throw InputErrors.One("checkpoint", $"Not a checkpoint file: {ex.Message}");
        }
        catch (InvalidJsonException ex)
        {
            throw InputErrors.One("checkpoint", $"Not a checkpoint file: {ex.Message}");
        }

        var errors = new InputErrors();
        var signed = ToCore(message, errors);
        errors.ThrowIfAny();
        return signed;
    }
}
