using Chancery.Core.Audit;
using Chancery.Core.Errors;
using Chancery.Core.Storage;
using Chancery.Core.Time;
using Chancery.Server.Audit;

namespace Chancery.Server.Admin;

/// <summary>
/// <c>admin verify-audit [--checkpoint FILE]</c>: exit 0 when the chain is intact (and extends the
/// checkpoint), 1 when not. <c>admin audit-checkpoint [FILE]</c>: the signed head of the verified
/// chain as JSON, to standard output or into FILE; 1 when the chain is broken.
/// </summary>
public static class AuditAdmin
{
    public static async Task<int> VerifyAsync(IServiceProvider services, string? checkpointFile, CancellationToken cancellationToken)
    {
        await using var db = services.GetRequiredService<ChanceryDatabase>().CreateContext();
        AuditVerification result;
        if (checkpointFile is null)
        {
            result = await AuditVerifier.VerifyAsync(db, cancellationToken);
        }
        else
        {
            SignedAuditCheckpoint checkpoint;
            try
            {
                checkpoint = CheckpointMapping.FromFile(await File.ReadAllTextAsync(checkpointFile, cancellationToken));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidInputException)
            {
                Console.Error.WriteLine($"Refused: {checkpointFile}: {ex.Message}");
                return 1;
            }

            result = await AuditCheckpoints.VerifyAsync(db, checkpoint, services.GetRequiredService<CheckpointSigner>(), cancellationToken);
        }

        Console.WriteLine(result.Message);
        return result.Intact ? 0 : 1;
    }

    public static async Task<int> CheckpointAsync(IServiceProvider services, string? file, CancellationToken cancellationToken)
    {
        await using var db = services.GetRequiredService<ChanceryDatabase>().CreateContext();
        var signer = services.GetRequiredService<CheckpointSigner>();
        SignedAuditCheckpoint signed;
        try
        {
            signed = await AuditCheckpoints.TakeAsync(db, signer, services.GetRequiredService<RegistryClock>().UtcNow, signer.Issuer, cancellationToken);
        }
        catch (RuleViolationException ex)
        {
            Console.Error.WriteLine($"Refused: {ex.Violations[0].Description}");
            return 1;
        }

        if (file is null)
        {
            Console.Write(signed.ToFile());
            return 0;
        }

        await File.WriteAllTextAsync(file, signed.ToFile(), cancellationToken);
        Console.WriteLine($"Checkpoint of the audit chain at entry {signed.Checkpoint.Sequence} written to {file}.");
        return 0;
    }
}
