using Chancery.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Chancery.Server.Tests.Audit;

/// <summary>The demo registry (its hierarchy, the 2025 reform applied as a plan, its accounts) leaves an intact audit chain.</summary>
public sealed class DemoAuditTests(SqliteDemoFixture fixture) : IClassFixture<SqliteDemoFixture>
{
    [Fact]
    public async Task VerifyAudit_DemoRegistry_IntactAndEveryChangeAudited()
    {
        var result = await fixture.Host.Audit.VerifyAuditAsync(new V1.VerifyAuditRequest());

        await using var db = fixture.Host.CreateDbContext();
        Assert.True(result.Intact, result.Message);
        Assert.Equal(await db.AuditEntries.CountAsync(), result.EntriesChecked);
        Assert.Equal(await db.ChangeLog.CountAsync(), await db.AuditEntries.Select(e => e.ChangeSequence).Distinct().CountAsync());
        var largestChange = await db.AuditEntries.Where(e => e.EntityKind == "unit").GroupBy(e => e.ChangeSequence).Select(g => g.Count()).MaxAsync();
        Assert.True(largestChange > 1, "The reform plan should write entries for many units in one change.");
    }
}
