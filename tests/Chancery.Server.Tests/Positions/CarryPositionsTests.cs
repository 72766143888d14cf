using Chancery.Core.Access;
using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using Role = Chancery.Core.Access.Role;

namespace Chancery.Server.Tests.Positions;

/// <summary>CarryPositionsOperation by a unit administrator inside their subtree, and a position carried once only.</summary>
public abstract class CarryPositionsTests(HostFixture fixture)
{
    private ChanceryHost Host => fixture.Host;

    private V1.Positions.PositionsClient Positions => Host.Positions;

    private static Plan Plan(params Operation[] operations)
    {
        var plan = new Plan
        {
            Id = "carry-" + Guid.NewGuid().ToString("N"), EffectiveDate = "2025-07-01",
            Basis = new Basis { Number = "1656/NQ-UBTVQH15", Date = "2025-06-16", Issuer = "Ủy ban Thường vụ Quốc hội" },
        };
        plan.Operations.Add(operations);
        return plan;
    }

    private static Operation Merge(string reference, params Unit[] sources) => new()
    {
        Merge = new MergeOperation
        {
            Sources = { sources.Select(s => new UnitRef { Id = s.Id }) },
            NewUnit = new NewUnit { Ref = reference, Name = UnitsApi.UniqueName("Ủy ban nhân dân xã"), Kind = UnitKind.PeopleCommittee },
        },
    };

    private static Operation Carry(string reference, Position position) =>
        new() { CarryPositions = new CarryPositionsOperation { To = new UnitRef { Ref = reference }, PositionIds = { position.Id } } };

    [Fact]
    public async Task ApplyPlan_UnitAdministratorMergesThenCarriesInsideSubtree_HolderFollows()
    {
        var province = await Host.Units.CreateRootAsync();
        var district = await Host.Units.CreateAsync(UnitsApi.UniqueName("Huyện Kim Bôi"), UnitKind.District, province, "2005-01-01");
        var a = await Host.Units.CreateCommitteeAsync(district);
        var b = await Host.Units.CreateCommitteeAsync(district);
        var chairman = await Positions.CreatePositionAsync(a, "Chủ tịch", PositionRole.Head, "2016-07-01", collectiveBody: true);
        var official = await Positions.CreateOfficialAsync("Bùi Văn Lực");
        await Positions.AppointAsync(official, chairman, validFrom: "2016-07-01");
        var clientId = "carry-admin-" + Guid.NewGuid().ToString("N")[..8];
        var secret = await Host.Tokens.RegisterClientAsync(clientId, Scopes.All, Role.UnitAdministrator, Guid.Parse(district.Id));
        var reorganizations = new V1.Reorganizations.ReorganizationsClient(Host.With(await Host.Tokens.ClientCredentialsAsync(clientId, secret, Scopes.All)));

        var result = (await reorganizations.ApplyPlanAsync(new ApplyPlanRequest { Plan = Plan(Merge("merged", a, b), Carry("merged", chairman)) })).Result;

        var merged = new Unit { Id = result.Changes.Single(c => c.Created).UnitId };
        var head = (await Positions.HeadAsync(merged, "2025-07-01")).Head;
        Assert.Equal(("Chủ tịch", official.Id), (head.Position.Title, Assert.Single(head.Holders).Official.Id));
        Assert.Equal("2025-07-01", (await Positions.AppointmentsOfAsync(official))[0].ValidTo);
    }

    [Fact]
    public async Task ApplyPlan_SamePositionCarriedTwice_FailedPreconditionAndStoresNothing()
    {
        var province = await Host.Units.CreateRootAsync();
        var a = await Host.Units.CreateCommitteeAsync(province);
        var b = await Host.Units.CreateCommitteeAsync(province);
        var chairman = await Positions.CreatePositionAsync(a, "Chủ tịch", PositionRole.Head, "2016-07-01");
        var before = await PositionCounts.ReadAsync(Host);

        await RpcAssert.FailedPrecondition(
            () => Host.Reorganizations.ApplyPlanAsync(new ApplyPlanRequest { Plan = Plan(Merge("merged", a, b), Carry("merged", chairman), Carry("merged", chairman)) }).ResponseAsync,
            "positions.carried-once");

        Assert.Equal(before, await PositionCounts.ReadAsync(Host));
    }
}

public sealed class CarryPositionsSqliteTests(SqliteFixture fixture) : CarryPositionsTests(fixture), IClassFixture<SqliteFixture>;

public sealed class CarryPositionsPostgresTests(PostgresFixture fixture) : CarryPositionsTests(fixture), IClassFixture<PostgresFixture>;
