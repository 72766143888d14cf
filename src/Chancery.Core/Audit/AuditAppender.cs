using Chancery.Core.Registry;
using Chancery.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chancery.Core.Audit;

/// <summary>The change an audit entry belongs to: its change-log number, its recorded time, who asked and why.</summary>
public sealed record AuditContext(long ChangeSequence, DateTime RecordedAt, WriteRequest Request);

/// <summary>Appends a change's audit records to the hash chain, on the change's transaction.</summary>
public static class AuditAppender
{
    /// <summary>One hash-chained entry per record, numbered after the last stored entry.</summary>
    public static async Task AppendAsync(ChanceryDbContext db, AuditContext change, IEnumerable<AuditRecord> records, CancellationToken cancellationToken)
    {
        var last = await db.AuditEntries.OrderByDescending(e => e.Sequence).Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(cancellationToken);
        var sequence = last?.Sequence ?? 0;
        var previous = last?.Hash ?? AuditChain.Genesis;
        var actor = change.Request.Actor;
        var entries = new List<AuditEntry>();
        foreach (var record in records)
        {
            var entry = new AuditEntry
            {
                Sequence = ++sequence,
                ChangeSequence = change.ChangeSequence,
                RecordedAt = change.RecordedAt,
                ActorKind = actor.Kind.ToString().ToLowerInvariant(),
                ActorId = actor.PrincipalId,
                ActorName = actor.Name,
                ClientId = actor.ClientId,
                Operation = change.Request.Operation,
                EntityKind = record.EntityKind,
                EntityId = record.EntityId,
                Before = record.Before,
                After = record.After,
                Reason = change.Request.Reason is { Length: > 0 } reason ? reason : null,
                PreviousHash = previous,
                Hash = "",
            };
            entry.Hash = AuditChain.Compute(entry);
            previous = entry.Hash;
            entries.Add(entry);
        }

        await BulkInsert.InsertAsync(db, entries, cancellationToken);
    }
}
