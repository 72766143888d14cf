using Chancery.Core.Audit;
using Chancery.Core.Storage;
using Chancery.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Chancery.Server.Tests.Audit;

/// <summary>
/// VerifyAudit walks the hash chain and reports the first entry that was altered, removed or
/// reordered by someone writing to the database directly.
/// </summary>
public abstract class VerifyAuditTests(DatabaseProvider provider)
{
    [Fact]
    public async Task VerifyAudit_UntouchedChain_Intact()
    {
        await using var chain = await AuditChainHost.StartAsync(provider);

        var result = await chain.VerifyAsync();

        Assert.True(result.Intact, result.Message);
        Assert.Equal(AuditChainHost.Entries, result.EntriesChecked);
        Assert.Equal((0L, ""), (result.FirstBadSequence, result.Problem));
        Assert.Equal($"The audit chain of {AuditChainHost.Entries} entries is intact.", result.Message);
    }

    [Theory]
    [InlineData("reason", "'Lý do khác'")]
    [InlineData("after", "'{}'")]
    [InlineData("before", "'{\"id\":\"x\"}'")]
    [InlineData("actor_id", "'someone-else'")]
    [InlineData("operation", "'/chancery.v1.Units/UpdateUnit'")]
    [InlineData("entity_id", "'00000000-0000-0000-0000-000000000001'")]
    public async Task VerifyAudit_FieldChanged_AlteredAtThatEntry(string column, string value)
    {
        await using var chain = await AuditChainHost.StartAsync(provider);

        await chain.SqlAsync($"UPDATE audit_entries SET \"{column}\" = {value} WHERE sequence = 5");
        var result = await chain.VerifyAsync();

        Assert.False(result.Intact);
        Assert.Equal(("altered", 5L), (result.Problem, result.FirstBadSequence));
        Assert.Equal(4, result.EntriesChecked);
        Assert.Contains("Audit entry 5 was altered", result.Message);
    }

    [Fact]
    public async Task VerifyAudit_MiddleEntryDeleted_RemovedAtThatEntry()
    {
        await using var chain = await AuditChainHost.StartAsync(provider);

        await chain.SqlAsync("DELETE FROM audit_entries WHERE sequence = 5");
        var result = await chain.VerifyAsync();

        Assert.False(result.Intact);
        Assert.Equal(("removed", 5L), (result.Problem, result.FirstBadSequence));
        Assert.Contains("Audit entry 5 is missing (the next one found is 6)", result.Message);
    }

    [Fact]
    public async Task VerifyAudit_LastEntryDeleted_RemovedByItsChange()
    {
        await using var chain = await AuditChainHost.StartAsync(provider);
        long change;
        await using (var db = chain.Host.CreateDbContext())
        {
            change = await db.AuditEntries.Where(e => e.Sequence == AuditChainHost.Entries).Select(e => e.ChangeSequence).SingleAsync();
        }

        await chain.SqlAsync($"DELETE FROM audit_entries WHERE sequence = {AuditChainHost.Entries}");
        var result = await chain.VerifyAsync();

        Assert.False(result.Intact);
        Assert.Equal("removed", result.Problem);
        Assert.Equal(0, result.FirstBadSequence);
        Assert.Equal(AuditChainHost.Entries - 1, result.EntriesChecked);
        Assert.Contains($"Change {change} has no audit entry", result.Message);
    }

    [Fact]
    public async Task VerifyAudit_LastEntryOfAChangeOfManyUnitsDeleted_Removed()
    {
        await using var chain = await AuditChainHost.StartAsync(provider);
        var province = await chain.Host.Units.CreateRootAsync();
        var a = await chain.Host.Units.CreateRootAsync();
        var b = await chain.Host.Units.CreateRootAsync();
        var applied = await new V1.Reorganizations.ReorganizationsClient(chain.Host.With(chain.Host.AdminToken)).TransferUnitsAsync(new V1.TransferUnitsRequest
        {
            PlanId = "transfer-" + Guid.NewGuid().ToString("N")[..8],
            EffectiveDate = "2025-07-01",
            Basis = new V1.Basis { Number = "202/2025/QH15", Date = "2025-06-12", Issuer = "Quốc hội", Title = "Nghị quyết sắp xếp" },
            Transfer = new V1.TransferOperation { Units = { new V1.UnitRef { Id = a.Id }, new V1.UnitRef { Id = b.Id } }, NewParent = new V1.UnitRef { Id = province.Id } },
        });
        Core.Audit.AuditEntry last;
        await using (var db = chain.Host.CreateDbContext())
        {
            last = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence).FirstAsync();
            Assert.True(await db.AuditEntries.CountAsync(e => e.ChangeSequence == last.ChangeSequence) > 2, "The transfer writes an entry per unit in one change.");
        }

        await chain.SqlAsync($"DELETE FROM audit_entries WHERE sequence = {last.Sequence}");
        var result = await chain.VerifyAsync();

        Assert.NotNull(applied.Result);
        Assert.False(result.Intact, result.Message);
        Assert.Equal(("removed", 0L), (result.Problem, result.FirstBadSequence));
        Assert.Contains($"Change {last.ChangeSequence} has no audit entry for {last.EntityKind}:{last.EntityId}", result.Message);
    }

    [Theory]
    [InlineData(4, 5)]
    [InlineData(3, 7)]
    public async Task VerifyAudit_TwoEntriesSwapped_ReorderedAtTheFirst(int first, int second)
    {
        await using var chain = await AuditChainHost.StartAsync(provider);

        await chain.SwapAsync(first, second);
        var result = await chain.VerifyAsync();

        Assert.False(result.Intact);
        Assert.Equal(("reordered", (long)first), (result.Problem, result.FirstBadSequence));
        Assert.Contains($"Audit entry {first} does not follow entry {first - 1}", result.Message);
    }

    [Fact]
    public async Task VerifyAudit_EntryChangedWithItsHashRecomputed_BrokenLinkAtTheNext()
    {
        await using var chain = await AuditChainHost.StartAsync(provider);
        await using (var db = chain.Host.CreateDbContext())
        {
            var entry = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Sequence == 5);
            entry.Reason = "Lý do viết lại";
            var hash = AuditChain.Compute(entry);
            await chain.SqlAsync($"UPDATE audit_entries SET reason = 'Lý do viết lại', hash = '{hash}' WHERE sequence = 5");
        }

        var result = await chain.VerifyAsync();

        Assert.False(result.Intact);
        Assert.Equal(("reordered", 6L), (result.Problem, result.FirstBadSequence));
    }
}

public sealed class VerifyAuditSqliteTests() : VerifyAuditTests(DatabaseProvider.Sqlite);

public sealed class VerifyAuditPostgresTests() : VerifyAuditTests(DatabaseProvider.PostgreSql);
