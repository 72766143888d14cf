using Chancery.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Chancery.Server.Tests.Reorganizations;

/// <summary>How many rows each table a reorganization writes holds: to show that a call stored nothing.</summary>
public sealed record ReorganizationStore(int ChangeLog, int Units, int UnitVersions, int AuditEntries, int LineageEvents, int LineageLinks, int Plans)
{
    public static async Task<ReorganizationStore> ReadAsync(ChanceryHost host)
    {
        await using var db = host.CreateDbContext();
        return new ReorganizationStore(
            await db.ChangeLog.CountAsync(), await db.Units.CountAsync(), await db.UnitVersions.CountAsync(), await db.AuditEntries.CountAsync(),
            await db.LineageEvents.CountAsync(), await db.LineageLinks.CountAsync(), await db.Plans.CountAsync());
    }
}
