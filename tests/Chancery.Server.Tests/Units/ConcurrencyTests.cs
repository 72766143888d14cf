using Chancery.Core.Storage;
using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using Grpc.Core;

namespace Chancery.Server.Tests.Units;

/// <summary>
/// Concurrent writers never break an invariant: within one server, and across two servers
/// (replicas) sharing one database, where the change log's unique sequence decides the winner.
/// </summary>
public abstract class ConcurrencyTests(DatabaseProvider provider) : IAsyncLifetime
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
    public async Task MoveUnit_ParallelMovesIntoEachOther_OneWinsTreeStaysAcyclic(bool acrossReplicas)
    {
        for (var round = 0; round < 5; round++)
        {
            var root = await first.Units.CreateRootAsync();
            var a = await first.Units.CreateAsync("Phòng A", UnitKind.Division, root);
            var b = await first.Units.CreateAsync("Phòng B", UnitKind.Division, root);
            var other = acrossReplicas ? second : first;
            await WaitUntilVisible(other, b.Id);

            var results = await Task.WhenAll(
                Attempt(() => first.Units.MoveUnitAsync(new MoveUnitRequest { Id = a.Id, NewParentId = b.Id, ExpectedVersion = a.Version, EffectiveDate = "2024-01-01" }).ResponseAsync),
                Attempt(() => other.Units.MoveUnitAsync(new MoveUnitRequest { Id = b.Id, NewParentId = a.Id, ExpectedVersion = b.Version, EffectiveDate = "2024-01-01" }).ResponseAsync));

            Assert.Single(results, r => r == StatusCode.OK);
            Assert.Single(results, r => r == StatusCode.FailedPrecondition);
            await AssertAcyclic(first, root);
            await AssertAcyclic(other, root);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task UpdateUnit_ParallelWithSameVersion_OneWinsOthersAborted(bool acrossReplicas)
    {
        var root = await first.Units.CreateRootAsync();
        var unit = await first.Units.CreateAsync("Sở Nội vụ", UnitKind.Department, root);
        await WaitUntilVisible(second, unit.Id);

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
        {
            var host = acrossReplicas && i % 2 == 1 ? second : first;
            return Attempt(() => host.Units.UpdateUnitAsync(new UpdateUnitRequest
            {
                Id = unit.Id, Name = $"Sở Nội vụ {i}", ExpectedVersion = unit.Version,
                UpdateMask = new Google.Protobuf.WellKnownTypes.FieldMask { Paths = { "name" } }, EffectiveDate = "2024-01-01",
            }).ResponseAsync);
        }));

        Assert.Single(results, r => r == StatusCode.OK);
        Assert.All(results.Where(r => r != StatusCode.OK), r => Assert.Equal(StatusCode.Aborted, r));
        Assert.Equal(2, (await first.Units.GetAsync(unit.Id, "2024-01-01")).Version);
    }

    [Fact]
    public async Task Replica_WriteOnOne_ReadOnOther()
    {
        var root = await first.Units.CreateRootAsync();

        var unit = await first.Units.CreateAsync("Sở Văn hóa, Thể thao và Du lịch", UnitKind.Department, root);

        await WaitUntilVisible(second, unit.Id);
        var children = await second.Units.ListChildrenAsync(new ListChildrenRequest { ParentId = root.Id });
        Assert.Equal(unit.Id, Assert.Single(children.Units).Id);
    }

    private static async Task<StatusCode> Attempt(Func<Task> call)
    {
        try
        {
            await call();
            return StatusCode.OK;
        }
        catch (RpcException e)
        {
            return e.StatusCode;
        }
    }

    private static async Task WaitUntilVisible(ChanceryHost host, string id)
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
