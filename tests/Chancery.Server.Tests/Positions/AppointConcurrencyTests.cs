using Chancery.Core.Storage;
using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using Google.Rpc;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace Chancery.Server.Tests.Positions;

/// <summary>
/// Parallel appointments of different officials to one position: one wins, the others are refused
/// with appointments.one-holder, and the position never has two holders — within one server and
/// across two replicas sharing the database.
/// </summary>
public abstract class AppointConcurrencyTests(DatabaseProvider provider) : IAsyncLifetime
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
    public async Task Appoint_ParallelToOnePosition_OneWinsOthersOneHolder(bool acrossReplicas)
    {
        for (var round = 0; round < 3; round++)
        {
            var committee = await first.Units.CreateCommitteeAsync();
            var chairman = await first.Positions.CreatePositionAsync(committee, "Chủ tịch", PositionRole.Head, "2016-07-01");
            var officials = new List<Official>();
            for (var i = 0; i < 4; i++)
            {
                officials.Add(await first.Positions.CreateOfficialAsync($"Ứng viên {round}-{i}"));
            }

            await WaitUntilVisible(second, officials[^1].Id);

            var results = await Task.WhenAll(officials.Select((official, i) =>
            {
                var host = acrossReplicas && i % 2 == 1 ? second : first;
                return Attempt(() => host.Positions.AppointAsync(official, chairman, AppointmentKind.Permanent, "2021-01-01"));
            }));

            Assert.Single(results, r => r is null);
            Assert.All(results.OfType<RpcException>(), e =>
            {
                Assert.Equal(StatusCode.FailedPrecondition, e.StatusCode);
                Assert.Contains(e.GetRpcStatus()!.GetDetail<PreconditionFailure>().Violations, v => v.Type == "appointments.one-holder");
            });
            await using var db = first.CreateDbContext();
            var positionId = Guid.Parse(chairman.Id);
            Assert.Equal(1, await db.Appointments.CountAsync(a => a.PositionId == positionId));
            Assert.Single((await first.Positions.HeadAsync(committee, "2021-01-01")).Head.Holders);
            await WaitUntilSingleHolder(second, committee);
        }
    }

    private static async Task<RpcException?> Attempt(Func<Task> call)
    {
        try
        {
            await call();
            return null;
        }
        catch (RpcException e)
        {
            return e;
        }
    }

    private static async Task WaitUntilVisible(ChanceryHost host, string officialId)
    {
        for (var i = 0; i < 100; i++)
        {
            try
            {
                await host.Positions.GetOfficialAsync(new GetOfficialRequest { Id = officialId });
                return;
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
            {
                await Task.Delay(50);
            }
        }

        Assert.Fail($"Official {officialId} never reached the other replica.");
    }

    private static async Task WaitUntilSingleHolder(ChanceryHost host, Unit committee)
    {
        for (var i = 0; i < 100; i++)
        {
            var holders = (await host.Positions.HeadAsync(committee, "2021-01-01")).Head.Holders;
            Assert.True(holders.Count <= 1, "Two holders of one position.");
            if (holders.Count == 1)
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail("The winner never reached the other replica.");
    }
}

public sealed class AppointConcurrencySqliteTests() : AppointConcurrencyTests(DatabaseProvider.Sqlite);

public sealed class AppointConcurrencyPostgresTests() : AppointConcurrencyTests(DatabaseProvider.PostgreSql);
