using Chancery.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Chancery.Server.Tests.Access;

/// <summary>How many changes (change_log) and audit entries (audit_entries) the database holds.</summary>
public sealed record StoreCounts(int Changes, int AuditEntries)
{
    public static async Task<StoreCounts> ReadAsync(ChanceryHost host)
    {
        await using var db = host.CreateDbContext();
        return new StoreCounts(await db.ChangeLog.CountAsync(), await db.AuditEntries.CountAsync());
    }
}
