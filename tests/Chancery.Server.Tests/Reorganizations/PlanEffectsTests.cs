using Chancery.Server.Tests.Delegations;
using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;

namespace Chancery.Server.Tests.Reorganizations;

/// <summary>A plan's result lists the delegations it ends and the units it leaves without any signer, each with its operation; a dry run stores none of it.</summary>
public abstract class PlanEffectsTests(HostFixture fixture)
{
    private ChanceryHost Host => fixture.Host;

    private V1.Delegations.DelegationsClient Delegations => new(Host.With(Host.AdminToken));

    private static Plan Plan(params Operation[] operations)
    {
        var plan = new Plan
        {
            Id = "effects-" + Guid.NewGuid().ToString("N"), EffectiveDate = "2025-07-01",
            Basis = new Basis { Number = "1656/NQ-UBTVQH15", Date = "2025-06-16", Issuer = "Ủy ban Thường vụ Quốc hội" },
        };
        plan.Operations.Add(operations);
        return plan;
    }

    private static UnitRef Id(Unit unit) => new() { Id = unit.Id };

    private async Task<(Staffing Staffing, Delegation Authorization, Delegation Assignment)> StaffedAsync()
    {
        var province = await Host.Units.CreateRootAsync();
        var s = await Staffing.CreateAsync(Host, province);
        var tuq = (await Delegations.AuthorizeAsync(new AuthorizeRequest(s.Authorizing()) { ValidFrom = "2024-01-01", ValidTo = "2026-01-01" })).Delegation;
        var kt = (await Delegations.AssignAsync(s.Assigning(s.Deputy1, "giao-duc"))).Delegation;
        return (s, tuq, kt);
    }

    private async Task<Position> HeadPositionAsync(Unit unit) =>
        (await Host.Positions.GetHeadAsync(new GetHeadRequest { UnitId = unit.Id, AsOf = "2025-06-30" })).Head.Position;

    [Fact]
    public async Task DryRunPlan_DissolvingTheGranteesUnit_ListsTheAuthorizationThatWouldEndAndStoresNothing()
    {
        var (s, tuq, kt) = await StaffedAsync();
        var plan = Plan(new Operation { Label = "Giải thể Phòng Nội vụ", Dissolve = new DissolveOperation { Unit = Id(s.Office) } });

        var result = (await Host.Reorganizations.DryRunPlanAsync(new DryRunPlanRequest { Plan = plan })).Result;

        var ended = Assert.Single(result.EndedDelegations);
        Assert.Equal((tuq.Id, "authorization", "2026-01-01", "2025-07-01", 0, "Giải thể Phòng Nội vụ"),
            (ended.Id, ended.Kind, ended.EndedBefore, ended.EndsOn, ended.OperationIndex, ended.Label));
        Assert.Equal(1, result.EndedDelegationsTotal);
        Assert.Empty(result.SignerGaps);
        Assert.Equal(1L, (await Delegations.GetDelegationAsync(new GetDelegationRequest { Id = tuq.Id })).Delegation.Version);

        var applied = (await Host.Reorganizations.ApplyPlanAsync(new ApplyPlanRequest { Plan = plan })).Result;
        Assert.Equal(tuq.Id, Assert.Single(applied.EndedDelegations).Id);
        Assert.Equal("2025-07-01", (await Delegations.GetDelegationAsync(new GetDelegationRequest { Id = tuq.Id })).Delegation.EffectiveTo);
        Assert.Equal("", (await Delegations.GetDelegationAsync(new GetDelegationRequest { Id = kt.Id })).Delegation.EffectiveTo);
    }

    [Fact]
    public async Task DryRunPlan_CarryingTheHeadAwayFromAUnitThatContinues_ListsTheUnitWithoutSigners()
    {
        var (s, tuq, kt) = await StaffedAsync();
        var chair = await HeadPositionAsync(s.Committee);
        var plan = Plan(
            new Operation { Label = "Thành lập", Establish = new EstablishOperation { Unit = new NewUnit { Ref = "moi", Name = UnitsApi.UniqueName("Ủy ban nhân dân xã"), Kind = UnitKind.PeopleCommittee } } },
            new Operation { Label = "Điều chuyển Chủ tịch", CarryPositions = new CarryPositionsOperation { To = new UnitRef { Ref = "moi" }, PositionIds = { chair.Id } } });

        var result = (await Host.Reorganizations.DryRunPlanAsync(new DryRunPlanRequest { Plan = plan })).Result;

        Assert.Empty(result.Problems);
        Assert.Equal(new[] { tuq.Id, kt.Id }.Order(), result.EndedDelegations.Select(e => e.Id).Order());
        Assert.All(result.EndedDelegations, e => Assert.Equal(1, e.OperationIndex));
        var gap = Assert.Single(result.SignerGaps);
        Assert.Equal((s.Committee.Id, true, 1, "Điều chuyển Chủ tịch"), (gap.UnitId, gap.NoSigner, gap.OperationIndex, gap.Label));
        Assert.Contains("giao-duc", gap.FieldCodes);
        Assert.Contains("noi-vu", gap.FieldCodes);
    }

    [Fact]
    public async Task DryRunPlan_AUnitThatEnds_IsNoSignerGap_AndAHeadWhoStays_LeavesNone()
    {
        var (s, _, kt) = await StaffedAsync();
        var other = await Staffing.CreateAsync(Host, await Host.Units.CreateRootAsync());
        await Delegations.AssignAsync(other.Assigning(other.Deputy1, "y-te"));
        var deputy = (await Host.Positions.ListUnitPositionsAsync(new ListUnitPositionsRequest { UnitId = other.Committee.Id, AsOf = "2025-06-30" }))
            .Positions.Single(p => p.Holders.Any(h => h.Official.Id == other.Deputy1.Id)).Position;
        var plan = Plan(
            new Operation { Dissolve = new DissolveOperation { Unit = Id(s.Committee), Children = ChildrenDisposition.Close } },
            new Operation { Establish = new EstablishOperation { Unit = new NewUnit { Ref = "moi", Name = UnitsApi.UniqueName("Phòng"), Kind = UnitKind.Division } } },
            new Operation { CarryPositions = new CarryPositionsOperation { To = new UnitRef { Ref = "moi" }, PositionIds = { deputy.Id } } });

        var result = (await Host.Reorganizations.DryRunPlanAsync(new DryRunPlanRequest { Plan = plan })).Result;

        Assert.Contains(result.EndedDelegations, e => e.Id == kt.Id && e.OperationIndex == 0);
        Assert.Contains(result.EndedDelegations, e => e.UnitId == other.Committee.Id && e.OperationIndex == 2);
        Assert.Empty(result.SignerGaps);
    }
}

public sealed class PlanEffectsSqliteTests(SqliteFixture fixture) : PlanEffectsTests(fixture), IClassFixture<SqliteFixture>;

public sealed class PlanEffectsPostgresTests(PostgresFixture fixture) : PlanEffectsTests(fixture), IClassFixture<PostgresFixture>;
