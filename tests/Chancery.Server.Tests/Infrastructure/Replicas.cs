using Chancery.Core.Registry;
using Chancery.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chancery.Server.Tests.Infrastructure;

/// <summary>
/// Several servers (replicas) sharing one fresh database, as behind a load balancer: one SQLite
/// file or one PostgreSQL database, each host with its own read model kept current from the
/// change log. <see cref="First"/> usually sets a test up; <see cref="For"/> spreads parallel
/// calls over the replicas.
/// </summary>
public sealed class Replicas : IAsyncDisposable
{
    private const int Attempts = 100;
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(50);

    private readonly TestDatabase database;
    private readonly List<ChanceryHost> hosts;

    private Replicas(TestDatabase database, List<ChanceryHost> hosts)
    {
        this.database = database;
        this.hosts = hosts;
    }

    public IReadOnlyList<ChanceryHost> Hosts => hosts;

    public ChanceryHost First => hosts[0];

    public ChanceryHost Second => hosts[1];

    /// <summary><paramref name="count"/> hosts started one after the other on a new database.</summary>
    public static async Task<Replicas> StartAsync(DatabaseProvider provider, int count = 2)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var hosts = new List<ChanceryHost>();
        var replicas = new Replicas(database, hosts);
        try
        {
            for (var i = 0; i < count; i++)
            {
                var host = new ChanceryHost(provider, database.ConnectionString);
                hosts.Add(host);
                await host.StartAsync();
            }
        }
        catch
        {
            await replicas.DisposeAsync();
            throw;
        }

        return replicas;
    }

    /// <summary>The host for the <paramref name="call"/>-th of several parallel calls: the replicas in turn, or always the first.</summary>
    public ChanceryHost For(int call, bool acrossReplicas) => acrossReplicas ? hosts[call % hosts.Count] : First;

    /// <summary>Waits until every replica's read model reflects the whole change log as the database holds it now.</summary>
    public async Task CaughtUpAsync()
    {
        foreach (var host in hosts)
        {
            await CaughtUpAsync(host);
        }
    }

    /// <summary>Waits until the host's read model has caught up with the database's change log.</summary>
    public async Task CaughtUpAsync(ChanceryHost host)
    {
        await using var db = First.CreateDbContext();
        var head = await db.ChangeLog.MaxAsync(e => (long?)e.Sequence) ?? 0;
        var state = host.Services.GetRequiredService<RegistryState>();
        await Eventually(() => Task.FromResult(state.Current.Sequence >= head), "The replica never caught up.");
    }

    /// <summary>Polls the condition (every 50 ms, 100 times) until it holds; fails with <paramref name="failure"/> if it never does.</summary>
    public static async Task Eventually(Func<Task<bool>> condition, string failure)
    {
        for (var i = 0; i < Attempts; i++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(Pause);
        }

        Assert.Fail(failure);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in hosts)
        {
            await host.DisposeAsync();
        }

        await database.DisposeAsync();
    }
}

/// <summary>Tests that each start on a new pair of replicas (a new database per test).</summary>
public abstract class ReplicaTests(DatabaseProvider provider, int count = 2) : IAsyncLifetime
{
    private Replicas? replicas;

    protected Replicas Replicas => replicas ?? throw new InvalidOperationException("The replicas start in InitializeAsync.");

    protected ChanceryHost First => Replicas.First;

    protected ChanceryHost Second => Replicas.Second;

    public async Task InitializeAsync() => replicas = await Replicas.StartAsync(provider, count);

    public async Task DisposeAsync()
    {
        if (replicas is not null)
        {
            await replicas.DisposeAsync();
        }
    }
}
