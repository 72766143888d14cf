using Chancery.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chancery.Core.Audit;

/// <summary>What a walk of the audit chain found.</summary>
/// <param name="Problem">null when intact; else altered, removed, reordered or unaudited-change.</param>
public sealed record AuditVerification(bool Intact, long EntriesChecked, long? FirstBadSequence, string? Problem, string Message);

/// <summary>
/// Walks the audit chain in order and reports the first entry that was altered (its hash does not
/// match its content), removed (a gap in the numbering, or a change-log entry with no audit entry)
/// or reordered (its link to the previous hash is broken).
/// </summary>
public static class AuditVerifier
{
    public static async Task<AuditVerification> VerifyAsync(ChanceryDbContext db, CancellationToken cancellationToken)
    {
        var previousHash = AuditChain.Genesis;
        long expected = 1;
        long lastChange = 0;
        var changes = new HashSet<long>();
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (entry.Sequence != expected)
            {
                return Bad(expected - 1, expected, "removed", $"Audit entry {expected} is missing (the next one found is {entry.Sequence}).");
            }

            // The link first: an entry moved to another place keeps its content but not its predecessor.
            if (entry.PreviousHash != previousHash)
            {
                return Reordered(expected - 1, entry.Sequence);
            }

            if (AuditChain.Compute(entry) != entry.Hash)
            {
                return Bad(expected - 1, entry.Sequence, "altered", $"Audit entry {entry.Sequence} was altered: its content does not match its hash.");
            }

            if (entry.ChangeSequence < lastChange)
            {
                return Reordered(expected - 1, entry.Sequence);
            }

            changes.Add(entry.ChangeSequence);
            lastChange = entry.ChangeSequence;
            previousHash = entry.Hash;
            expected++;
        }

        var unaudited = await db.ChangeLog.AsNoTracking().Select(c => c.Sequence).Where(s => !changes.Contains(s)).OrderBy(s => s).FirstOrDefaultAsync(cancellationToken);
        if (unaudited != 0)
        {
            return Bad(expected - 1, null, "removed", $"Change {unaudited} has no audit entry: entries were removed.");
        }

        return new AuditVerification(true, expected - 1, null, null, $"The audit chain of {expected - 1} entries is intact.");
    }

    private static AuditVerification Reordered(long checkedCount, long sequence) =>
        Bad(checkedCount, sequence, "reordered", $"Audit entry {sequence} does not follow entry {sequence - 1}: entries were reordered or replaced.");

    private static AuditVerification Bad(long checkedCount, long? sequence, string problem, string message) =>
        new(false, checkedCount, sequence, problem, message);
}
