using Chancery.Core.Errors;
using Chancery.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chancery.Core.Audit;

/// <summary>Takes checkpoints of an intact chain, and proves that the chain as stored still extends one.</summary>
public static class AuditCheckpoints
{
    /// <summary>The head of the chain, signed; refused (audit.chain-broken) when the chain does not verify: a broken chain is not vouched for.</summary>
    public static async Task<SignedAuditCheckpoint> TakeAsync(ChanceryDbContext db, IAuditCheckpointSigner signer, DateTime utcNow, string issuer, CancellationToken cancellationToken)
    {
        var verification = await AuditVerifier.VerifyAsync(db, cancellationToken);
        if (!verification.Intact)
        {
            throw RuleViolations.One("audit.chain-broken", "audit", $"No checkpoint of a broken chain: {verification.Message}");
        }

        var head = await db.AuditEntries.AsNoTracking().Where(e => e.Sequence == verification.EntriesChecked).Select(e => e.Hash).SingleOrDefaultAsync(cancellationToken);
        var time = new DateTime(utcNow.Ticks - utcNow.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
        return signer.Sign(new AuditCheckpoint(verification.EntriesChecked, head ?? AuditChain.Genesis, time, issuer));
    }

    /// <summary>
    /// Intact when the signature is the server's, the whole chain verifies from genesis through its
    /// head, and the entry at the checkpoint's sequence still has the checkpoint's hash.
    /// </summary>
    public static async Task<AuditVerification> VerifyAsync(ChanceryDbContext db, SignedAuditCheckpoint signed, IAuditCheckpointSigner signer, CancellationToken cancellationToken)
    {
        var checkpoint = signed.Checkpoint;
        if (await signer.CheckAsync(signed) is { } refused)
        {
            return new AuditVerification(false, 0, null, "bad-signature", $"The checkpoint's signature does not verify: {refused}");
        }

        var chain = await AuditVerifier.VerifyAsync(db, cancellationToken);
        if (!chain.Intact)
        {
            return chain;
        }

        if (checkpoint.Sequence == 0)
        {
            return chain with { Message = $"{chain.Message} It extends the checkpoint of the empty chain." };
        }

        var hash = await db.AuditEntries.AsNoTracking().Where(e => e.Sequence == checkpoint.Sequence).Select(e => e.Hash).SingleOrDefaultAsync(cancellationToken);
        if (hash is null)
        {
            return new AuditVerification(false, chain.EntriesChecked, null, "removed",
                $"The checkpoint of {AuditCheckpoint.FormatTime(checkpoint.IssuedAt)} is at entry {checkpoint.Sequence}, but the chain ends at entry {chain.EntriesChecked}: entries were removed.");
        }

        if (hash != checkpoint.HeadHash)
        {
            return new AuditVerification(false, chain.EntriesChecked, checkpoint.Sequence, "rewritten",
                $"Audit entry {checkpoint.Sequence} no longer has the hash signed in the checkpoint of {AuditCheckpoint.FormatTime(checkpoint.IssuedAt)}: the chain was rewritten at or before that entry.");
        }

        return chain with
        {
            Message = $"{chain.Message} It extends the checkpoint of {AuditCheckpoint.FormatTime(checkpoint.IssuedAt)} at entry {checkpoint.Sequence}.",
        };
    }
}
