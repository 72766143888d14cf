using Chancery.Core.Registry;
using Chancery.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chancery.Core.Audit;

/// <summary>What a walk of the audit chain found.</summary>
/// <param name="Problem">null when intact; else altered, removed, reordered or unaudited-change.</param>
public sealed record AuditVerification(bool Intact, long EntriesChecked, long? FirstBadSequence, string? Problem, string Message);

/// <summary>
/// Walks the audit chain in order and reports the first entry that was altered (its hash does not
/// match its content), removed (a gap in the numbering, or an entity of a change-log entry without
/// an audit entry of that change — which also finds the last entries of a change of many units)
/// or reordered (its link to the previous hash is broken).
/// </summary>
public static class AuditVerifier
{
    public static async Task<AuditVerification> VerifyAsync(ChanceryDbContext db, CancellationToken cancellationToken)
    {
        var previousHash = AuditChain.Genesis;
        long expected = 1;
        long lastChange = 0;
        var audited = new Dictionary<long, HashSet<string>>();
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

            if (AuditChain.Hash(entry) != entry.Hash)
            {
                return Bad(expected - 1, entry.Sequence, "altered", $"Audit entry {entry.Sequence} was altered: its content does not match its hash.");
            }

            if (entry.ChangeSequence < lastChange)
            {
                return Reordered(expected - 1, entry.Sequence);
            }

            if (!audited.TryGetValue(entry.ChangeSequence, out var entities))
            {
                audited[entry.ChangeSequence] = entities = new HashSet<string>(StringComparer.Ordinal);
            }

            entities.Add($"{entry.EntityKind}:{entry.EntityId}");
            lastChange = entry.ChangeSequence;
            previousHash = entry.Hash;
            expected++;
        }

        var changes = db.ChangeLog.AsNoTracking().OrderBy(c => c.Sequence).Select(c => new { c.Sequence, c.Entities });
        await foreach (var change in changes.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (!audited.TryGetValue(change.Sequence, out var entities))
            {
                return Bad(expected - 1, null, "removed", $"Change {change.Sequence} has no audit entry: entries were removed.");
            }

            var missing = ChangedEntities.Parse(change.Entities).Select(e => $"{e.Kind}:{e.Id}").FirstOrDefault(e => !entities.Contains(e));
            if (missing is not null)
            {
                return Bad(expected - 1, null, "removed", $"Change {change.Sequence} has no audit entry for {missing}: entries were removed.");
            }
        }

        return new AuditVerification(true, expected - 1, null, null, $"The audit chain of {expected - 1} entries is intact.");
    }

    private static AuditVerification Reordered(long checkedCount, long sequence) =>
        Bad(checkedCount, sequence, "reordered", $"Audit entry {sequence} does not follow entry {sequence - 1}: entries were reordered or replaced.");

    private static AuditVerification Bad(long checkedCount, long? sequence, string problem, string message) =>
        new(false, checkedCount, sequence, problem, message);
}
