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
public abstract class AppointConcurrencyTests(DatabaseProvider provider) : ReplicaTests(provider)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Appoint_ParallelToOnePosition_OneWinsOthersOneHolder(bool acrossReplicas)
    {
        for (var round = 0; round < 3; round++)
        {
            var committee = await First.Units.CreateCommitteeAsync();
            var chairman = await First.Positions.CreatePositionAsync(committee, "Chủ tịch", PositionRole.Head, "2016-07-01");
            var officials = new List<Official>();
            for (var i = 0; i < 4; i++)
            {
                officials.Add(await First.Positions.CreateOfficialAsync($"Ứng viên {round}-{i}"));
            }

            await Replicas.CaughtUpAsync(Second);

            var results = await Task.WhenAll(officials.Select((official, i) =>
            {
                var host = Replicas.For(i, acrossReplicas);
                return RpcOutcome.ErrorOf(() => host.Positions.AppointAsync(official, chairman, AppointmentKind.Permanent, "2021-01-01"));
            }));

            Assert.Single(results, r => r is null);
            Assert.All(results.OfType<RpcException>(), e =>
            {
                Assert.Equal(StatusCode.FailedPrecondition, e.StatusCode);
                Assert.Contains(e.GetRpcStatus()!.GetDetail<PreconditionFailure>().Violations, v => v.Type == "appointments.one-holder");
            });
            await using var db = First.CreateDbContext();
            var positionId = Guid.Parse(chairman.Id);
            Assert.Equal(1, await db.Appointments.CountAsync(a => a.PositionId == positionId));
            Assert.Single((await First.Positions.HeadAsync(committee, "2021-01-01")).Head.Holders);
            await Replicas.Eventually(async () =>
            {
                var holders = (await Second.Positions.HeadAsync(committee, "2021-01-01")).Head.Holders;
                Assert.True(holders.Count <= 1, "Two holders of one position.");
                return holders.Count == 1;
            }, "The winner never reached the other replica.");
        }
    }
}

public sealed class AppointConcurrencySqliteTests() : AppointConcurrencyTests(DatabaseProvider.Sqlite);

public sealed class AppointConcurrencyPostgresTests() : AppointConcurrencyTests(DatabaseProvider.PostgreSql);
