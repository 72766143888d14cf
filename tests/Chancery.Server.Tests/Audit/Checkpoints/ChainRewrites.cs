using Chancery.Core.Audit;
using Chancery.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chancery.Server.Tests.Audit.Checkpoints;

/// <summary>What someone who can write to the database, but holds no signing key, can do to the chain without plain verification noticing.</summary>
public static class ChainRewrites
{
    /// <summary>Changes the reason of entry <paramref name="from"/> and recomputes its hash and every later hash and link: a chain that verifies.</summary>
    public static async Task RewriteFromAsync(ChanceryDbContext db, long from, string reason = "Lý do đã bị sửa")
    {
        var previous = from == 1 ? AuditChain.Genesis : await db.AuditEntries.Where(e => e.Sequence == from - 1).Select(e => e.Hash).SingleAsync();
        var entries = await db.AuditEntries.Where(e => e.Sequence >= from).OrderBy(e => e.Sequence).ToListAsync();
        foreach (var entry in entries)
        {
            if (entry.Sequence == from)
            {
                entry.Reason = reason;
            }

            entry.PreviousHash = previous;
            entry.Hash = AuditChain.Hash(entry);
            previous = entry.Hash;
        }

        await db.SaveChangesAsync();
    }

    /// <summary>Removes the entries after <paramref name="keep"/> and their changes from the change log: a shorter chain that verifies.</summary>
    public static async Task RemoveAfterAsync(ChanceryDbContext db, long keep)
    {
        var change = await db.AuditEntries.Where(e => e.Sequence == keep).Select(e => e.ChangeSequence).SingleAsync();
        await db.ChangeLog.Where(c => c.Sequence > change).ExecuteDeleteAsync();
        await db.AuditEntries.Where(e => e.Sequence > keep).ExecuteDeleteAsync();
    }
}
