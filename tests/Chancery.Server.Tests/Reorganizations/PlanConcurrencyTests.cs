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
public abstract class PlanConcurrencyTests(DatabaseProvider provider) : ReplicaTests(provider)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ApplyPlan_TwoPlansMergeTheSameUnit_OneWinsOtherRefusedTreeValid(bool acrossReplicas)
    {
        for (var round = 0; round < 3; round++)
        {
            var province = await First.Units.CreateRootAsync();
            var contested = await First.Units.CreateAsync("Xã Tranh chấp", UnitKind.Commune, province);
            var left = await First.Units.CreateAsync("Xã Trái", UnitKind.Commune, province);
            var right = await First.Units.CreateAsync("Xã Phải", UnitKind.Commune, province);
            await First.Units.CreateAsync("Thôn Giữa", UnitKind.Group, contested);
            var other = Replicas.For(1, acrossReplicas);
            await Replicas.CaughtUpAsync(other);
            var intoNew = Plan(Reform, Merge([Id(contested), Id(left)], into: New("moi", "Xã Mới", UnitKind.Commune)));
            var intoRight = Plan(Reform, Merge([Id(contested), Id(right)], survivor: Id(right)));

            var results = await Task.WhenAll(
                RpcOutcome.StatusOf(() => First.Reorganizations.ApplyAsync(intoNew)),
                RpcOutcome.StatusOf(() => other.Reorganizations.ApplyAsync(intoRight)));

            Assert.Single(results, r => r == StatusCode.OK);
            Assert.Single(results, r => r == StatusCode.FailedPrecondition);
            var winner = results[0] == StatusCode.OK ? intoNew : intoRight;
            var loser = winner == intoNew ? intoRight : intoNew;
            await using var db = First.CreateDbContext();
            Assert.Equal([winner.Id], await db.Plans.Where(p => p.Id == winner.Id || p.Id == loser.Id).Select(p => p.Id).ToListAsync());
            var ids = new Guid?[] { Guid.Parse(contested.Id), Guid.Parse(left.Id), Guid.Parse(right.Id) };
            Assert.Equal(2, await db.LineageLinks.CountAsync(l => ids.Contains(l.PredecessorId)));
            foreach (var host in new[] { First, other })
            {
                await Replicas.CaughtUpAsync(host);
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
        var province = await First.Units.CreateRootAsync();
        var a = await First.Units.CreateAsync("Xã A", UnitKind.Commune, province);
        var b = await First.Units.CreateAsync("Xã B", UnitKind.Commune, province);
        await Replicas.CaughtUpAsync(Second);
        var plan = Plan(Reform, Merge([Id(a), Id(b)], into: New("ab", "Xã A-B", UnitKind.Commune)));

        var results = await Task.WhenAll(First.Reorganizations.ApplyAsync(plan), Second.Reorganizations.ApplyAsync(plan));

        Assert.Single(results, r => r.AlreadyApplied);
        Assert.Equal(results[0].Changes, results[1].Changes);
        await using var db = First.CreateDbContext();
        Assert.Equal(1, await db.LineageEvents.CountAsync(e => e.PlanId == plan.Id));
        var created = Guid.Parse(results[0].Changes.Single(c => c.Created).UnitId);
        Assert.Equal(1, await db.Units.CountAsync(u => u.Id == created));
    }
}

public sealed class PlanConcurrencySqliteTests() : PlanConcurrencyTests(DatabaseProvider.Sqlite);

public sealed class PlanConcurrencyPostgresTests() : PlanConcurrencyTests(DatabaseProvider.PostgreSql);
