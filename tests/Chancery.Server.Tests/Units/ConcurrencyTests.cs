using Chancery.Core.Storage;
using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using Grpc.Core;

namespace Chancery.Server.Tests.Units;

/// <summary>
/// Concurrent writers never break an invariant: within one server, and across two servers
/// (replicas) sharing one database, where the change log's unique sequence decides the winner.
/// </summary>
public abstract class ConcurrencyTests(DatabaseProvider provider) : ReplicaTests(provider)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task MoveUnit_ParallelMovesIntoEachOther_OneWinsTreeStaysAcyclic(bool acrossReplicas)
    {
        for (var round = 0; round < 5; round++)
        {
            var root = await First.Units.CreateRootAsync();
            var a = await First.Units.CreateAsync("Phòng A", UnitKind.Division, root);
            var b = await First.Units.CreateAsync("Phòng B", UnitKind.Division, root);
            var other = Replicas.For(1, acrossReplicas);
            await Replicas.CaughtUpAsync(other);

            var results = await Task.WhenAll(
                RpcOutcome.StatusOf(() => First.Units.MoveUnitAsync(new MoveUnitRequest { Id = a.Id, NewParentId = b.Id, ExpectedVersion = a.Version, EffectiveDate = "2024-01-01" }).ResponseAsync),
                RpcOutcome.StatusOf(() => other.Units.MoveUnitAsync(new MoveUnitRequest { Id = b.Id, NewParentId = a.Id, ExpectedVersion = b.Version, EffectiveDate = "2024-01-01" }).ResponseAsync));

            Assert.Single(results, r => r == StatusCode.OK);
            Assert.Single(results, r => r == StatusCode.FailedPrecondition);
            await AssertAcyclic(First, root);
            await AssertAcyclic(other, root);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task UpdateUnit_ParallelWithSameVersion_OneWinsOthersAborted(bool acrossReplicas)
    {
        var root = await First.Units.CreateRootAsync();
        var unit = await First.Units.CreateAsync("Sở Nội vụ", UnitKind.Department, root);
        await Replicas.CaughtUpAsync(Second);

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
        {
            var host = Replicas.For(i, acrossReplicas);
            return RpcOutcome.StatusOf(() => host.Units.UpdateUnitAsync(new UpdateUnitRequest
            {
                Id = unit.Id, Name = $"Sở Nội vụ {i}", ExpectedVersion = unit.Version,
                UpdateMask = new Google.Protobuf.WellKnownTypes.FieldMask { Paths = { "name" } }, EffectiveDate = "2024-01-01",
            }).ResponseAsync);
        }));

        Assert.Single(results, r => r == StatusCode.OK);
        Assert.All(results.Where(r => r != StatusCode.OK), r => Assert.Equal(StatusCode.Aborted, r));
        Assert.Equal(2, (await First.Units.GetAsync(unit.Id, "2024-01-01")).Version);
    }

    [Fact]
    public async Task Replica_WriteOnOne_ReadOnOther()
    {
        var root = await First.Units.CreateRootAsync();

        var unit = await First.Units.CreateAsync("Sở Văn hóa, Thể thao và Du lịch", UnitKind.Department, root);

        await Replicas.CaughtUpAsync(Second);
        var children = await Second.Units.ListChildrenAsync(new ListChildrenRequest { ParentId = root.Id });
        Assert.Equal(unit.Id, Assert.Single(children.Units).Id);
    }

    /// <summary>Walking up from every unit of the subtree reaches the root without meeting a unit twice.</summary>
    private static async Task AssertAcyclic(ChanceryHost host, Unit root)
    {
        await Task.Delay(300);
        using var call = host.Units.StreamSubtree(new StreamSubtreeRequest { Id = root.Id, AsOf = "2024-06-01" });
        var seen = new List<SubtreeUnit>();
        while (await call.ResponseStream.MoveNext(default))
        {
            seen.AddRange(call.ResponseStream.Current.Units);
        }

        Assert.Equal(3, seen.Count);
        Assert.Equal(3, seen.Select(s => s.Unit.Id).Distinct().Count());
        Assert.Equal([0, 1, 2], seen.Select(s => s.Depth));
    }
}

public sealed class ConcurrencySqliteTests() : ConcurrencyTests(DatabaseProvider.Sqlite);

public sealed class ConcurrencyPostgresTests() : ConcurrencyTests(DatabaseProvider.PostgreSql);
