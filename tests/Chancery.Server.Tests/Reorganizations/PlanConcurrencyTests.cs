using Chancery.Core.Storage;
using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using static Chancery.Server.Tests.Reorganizations.Plans;

namespace Chancery.Server.Tests.Reorganizations;

/// <summary>
/// Plans applied at the same time, within one server and across two servers (replicas) sharing
/// one database: of two plans that merge the same unit one wins and the other is refused; the
/// same plan applied twice at once is applied once.
/// </summary>
public abstract class PlanConcurrencyTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase database = null!;
    private ChanceryHost first = null!;
    private ChanceryHost second = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider);
        first = await new ChanceryHost(provider, database.ConnectionString).StartAsync();
        second = await new ChanceryHost(provider, database.ConnectionString).StartAsync();
    }

    public async Task DisposeAsync()
    {
        await first.DisposeAsync();
        await second.DisposeAsync();
        await database.DisposeAsync();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ApplyPlan_TwoPlansMergeTheSameUnit_OneWinsOtherRefusedTreeValid(bool acrossReplicas)
    {
        for (var round = 0; round < 3; round++)
        {
            var province = await first.Units.CreateRootAsync();
            var contested = await first.Units.CreateAsync("Xã Tranh chấp", UnitKind.Commune, province);
            var left = await first.Units.CreateAsync("Xã Trái", UnitKind.Commune, province);
            var right = await first.Units.CreateAsync("Xã Phải", UnitKind.Commune, province);
            await first.Units.CreateAsync("Thôn Giữa", UnitKind.Group, contested);
            var other = acrossReplicas ? second : first;
            await WaitUntilVisibleAsync(other, right.Id);
            var intoNew = Plan(Reform, Merge([Id(contested), Id(left)], into: New("moi", "Xã Mới", UnitKind.Commune)));
            var intoRight = Plan(Reform, Merge([Id(contested), Id(right)], survivor: Id(right)));

            var results = await Task.WhenAll(Attempt(first, intoNew), Attempt(other, intoRight));

            Assert.Single(results, r => r == StatusCode.OK);
            Assert.Single(results, r => r == StatusCode.FailedPrecondition);
            var winner = results[0] == StatusCode.OK ? intoNew : intoRight;
            var loser = winner == intoNew ? intoRight : intoNew;
            await using var db = first.CreateDbContext();
            Assert.Equal([winner.Id], await db.Plans.Where(p => p.Id == winner.Id || p.Id == loser.Id).Select(p => p.Id).ToListAsync());
            var ids = new Guid?[] { Guid.Parse(contested.Id), Guid.Parse(left.Id), Guid.Parse(right.Id) };
            Assert.Equal(2, await db.LineageLinks.CountAsync(l => ids.Contains(l.PredecessorId)));
            foreach (var host in new[] { first, other })
            {
                await WaitForSequenceAsync(host, first);
                var successor = Assert.Single((await host.Reorganizations.ResolveAsync(contested, Reform)).Successors).Unit;
                Assert.Equal(["Thôn Giữa"], await host.ChildNamesAsync(successor, Reform));
                var tree = await host.TreeAsync(province, Reform);
                Assert.Equal(tree.Count, tree.Distinct().Count());
                Assert.DoesNotContain("1 Xã Tranh chấp", tree);
                Assert.Contains("2 Thôn Giữa", tree);
            }
        }
    }

    [Fact]
    public async Task ApplyPlan_SamePlanOnBothReplicasAtOnce_AppliedOnceOtherAlreadyApplied()
    {
        var province = await first.Units.CreateRootAsync();
        var a = await first.Units.CreateAsync("Xã A", UnitKind.Commune, province);
        var b = await first.Units.CreateAsync("Xã B", UnitKind.Commune, province);
        await WaitUntilVisibleAsync(second, b.Id);
        var plan = Plan(Reform, Merge([Id(a), Id(b)], into: New("ab", "Xã A-B", UnitKind.Commune)));

        var results = await Task.WhenAll(first.Reorganizations.ApplyAsync(plan), second.Reorganizations.ApplyAsync(plan));

        Assert.Single(results, r => r.AlreadyApplied);
        Assert.Equal(results[0].Changes, results[1].Changes);
        await using var db = first.CreateDbContext();
        Assert.Equal(1, await db.LineageEvents.CountAsync(e => e.PlanId == plan.Id));
        var created = Guid.Parse(results[0].Changes.Single(c => c.Created).UnitId);
        Assert.Equal(1, await db.Units.CountAsync(u => u.Id == created));
    }

    private static async Task<StatusCode> Attempt(ChanceryHost host, Plan plan)
    {
        try
        {
            await host.Reorganizations.ApplyAsync(plan);
            return StatusCode.OK;
        }
        catch (RpcException e)
        {
            return e.StatusCode;
        }
    }

    private static async Task WaitUntilVisibleAsync(ChanceryHost host, string id)
    {
        for (var i = 0; i < 100; i++)
        {
            try
            {
                await host.Units.GetAsync(id, "2024-01-01");
                return;
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
            {
                await Task.Delay(50);
            }
        }

        Assert.Fail($"Unit {id} never reached the other replica.");
    }

    /// <summary>Waits until the host's read model has caught up with the database's change log.</summary>
    private static async Task WaitForSequenceAsync(ChanceryHost host, ChanceryHost any)
    {
        await using var db = any.CreateDbContext();
        var head = await db.ChangeLog.MaxAsync(e => e.Sequence);
        var state = host.Services.GetService(typeof(Chancery.Core.Registry.RegistryState)) as Chancery.Core.Registry.RegistryState;
        for (var i = 0; i < 100 && state!.Current.Sequence < head; i++)
        {
            await Task.Delay(50);
        }

        Assert.True(state!.Current.Sequence >= head, "The replica never caught up.");
    }
}

public sealed class PlanConcurrencySqliteTests() : PlanConcurrencyTests(DatabaseProvider.Sqlite);

public sealed class PlanConcurrencyPostgresTests() : PlanConcurrencyTests(DatabaseProvider.PostgreSql);
