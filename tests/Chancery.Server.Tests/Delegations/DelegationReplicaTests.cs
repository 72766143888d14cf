using Chancery.Core.Storage;
using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using Google.Rpc;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace Chancery.Server.Tests.Delegations;

/// <summary>
/// Two replicas sharing the database: a delegation made on one reaches the other's answer
/// (caught up from the change log), and two deputies assigned the same field at once on both
/// replicas: one wins, the other is refused with delegations.field-overlap.
/// </summary>
public abstract class DelegationReplicaTests(DatabaseProvider provider) : ReplicaTests(provider)
{
    private static V1.Delegations.DelegationsClient On(ChanceryHost host) => new(host.With(host.AdminToken));

    [Fact]
    public async Task Assign_OnOneReplica_ResolvedOnTheOther()
    {
        var s = await Staffing.CreateAsync(First);
        await Replicas.CaughtUpAsync(Second); // the unit and its staff first: until then the other replica answers NOT_FOUND
        var d = (await On(First).AssignAsync(s.Assigning(s.Deputy1, "noi-vu"))).Delegation;

        await Infrastructure.Replicas.Eventually(async () =>
            (await On(Second).ResolveAuthorityAsync(new ResolveAuthorityRequest { UnitId = s.Committee.Id, FieldCode = "noi-vu", AsOf = "2017-07-11" }))
                .Signers.Any(x => x.DelegationId == d.Id), "The delegation never reached the other replica.");
        await On(Second).RevokeAsync(new RevokeRequest { Id = d.Id, ExpectedVersion = 1, EffectiveDate = "2017-01-01" });
        await Infrastructure.Replicas.Eventually(async () =>
            (await On(First).GetDelegationAsync(new GetDelegationRequest { Id = d.Id })).Delegation.RevokedFrom == "2017-01-01",
            "The revocation never reached the first replica.");
    }

    [Fact]
    public async Task Assign_SameFieldToTwoDeputiesAtOnceAcrossReplicas_OneWins()
    {
        var s = await Staffing.CreateAsync(First);
        await Replicas.CaughtUpAsync(Second);

        var results = await Task.WhenAll(
            RpcOutcome.ErrorOf(() => On(First).AssignAsync(s.Assigning(s.Deputy1, "y-te")).ResponseAsync),
            RpcOutcome.ErrorOf(() => On(Second).AssignAsync(s.Assigning(s.Deputy2, "y-te")).ResponseAsync));

        Assert.Single(results, r => r is null);
        var refused = Assert.Single(results.OfType<RpcException>());
        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains(refused.GetRpcStatus()!.GetDetail<PreconditionFailure>().Violations, v => v.Type == "delegations.field-overlap");
        await using var db = First.CreateDbContext();
        var unitId = Guid.Parse(s.Committee.Id);
        Assert.Equal(1, await db.Set<Core.Delegations.Delegation>().CountAsync(d => d.UnitId == unitId));
    }
}

public sealed class DelegationReplicaSqliteTests() : DelegationReplicaTests(DatabaseProvider.Sqlite);

public sealed class DelegationReplicaPostgresTests() : DelegationReplicaTests(DatabaseProvider.PostgreSql);
