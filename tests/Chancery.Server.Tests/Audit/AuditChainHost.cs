using Chancery.Core.Storage;
using Chancery.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Chancery.Server.Tests.Audit;

/// <summary>
/// A server on a database of its own with a short audit chain to tamper with: entries 1-2 (the
/// test administration client and its grant), then one entry per new unit, 3-8.
/// </summary>
public sealed class AuditChainHost : IAsyncDisposable
{
    public const int Entries = 8;

    private AuditChainHost(TestDatabase database, ChanceryHost host)
    {
        Database = database;
        Host = host;
    }

    public TestDatabase Database { get; }

    public ChanceryHost Host { get; }

    public static async Task<AuditChainHost> StartAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var host = await new ChanceryHost(provider, database.ConnectionString).StartAsync();
        for (var i = 0; i < Entries - 2; i++)
        {
            await host.Units.CreateRootAsync();
        }

        return new AuditChainHost(database, host);
    }

    /// <summary>Raw SQL on the database, as someone with access to it but not to the server would.</summary>
    public async Task SqlAsync(string sql)
    {
        await using var db = Host.CreateDbContext();
        await db.Database.ExecuteSqlRawAsync(sql.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal));
    }

    /// <summary>Exchanges the places of two entries in the chain (their numbers, the key; every other column moves with them).</summary>
    public async Task SwapAsync(int first, int second)
    {
        await SqlAsync($"UPDATE audit_entries SET sequence = -1 WHERE sequence = {first}");
        await SqlAsync($"UPDATE audit_entries SET sequence = {first} WHERE sequence = {second}");
        await SqlAsync($"UPDATE audit_entries SET sequence = {second} WHERE sequence = -1");
    }

    public Task<V1.VerifyAuditResponse> VerifyAsync() => Host.Audit.VerifyAuditAsync(new V1.VerifyAuditRequest()).ResponseAsync;

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Database.DisposeAsync();
    }
}
