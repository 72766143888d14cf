using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;

namespace Chancery.Server.Tests.Positions;

/// <summary>
/// Reorganization plans and positions: positions of a unit that ends close with it and their
/// appointments end; CarryPositionsOperation carries a position to a successor with its holders.
/// </summary>
public abstract class PlanPositionsTests(HostFixture fixture)
{
    private ChanceryHost Host => fixture.Host;

    private V1.Positions.PositionsClient Positions => Host.Positions;

    private static Plan Plan(params Operation[] operations)
    {
        var plan = new Plan
        {
            Id = "test-" + Guid.NewGuid().ToString("N"), EffectiveDate = "2025-07-01",
            Basis = new Basis { Number = "1656/NQ-UBTVQH15", Date = "2025-06-16", Issuer = "Ủy ban Thường vụ Quốc hội" },
        };
        plan.Operations.Add(operations);
        return plan;
    }

    private static UnitRef Id(Unit unit) => new() { Id = unit.Id };

    private static Operation Carry(Unit to, params Position[] positions) =>
        new() { CarryPositions = new CarryPositionsOperation { To = Id(to), PositionIds = { positions.Select(p => p.Id) } } };

    private static Operation CarryToRef(string reference, params Position[] positions) =>
        new() { CarryPositions = new CarryPositionsOperation { To = new UnitRef { Ref = reference }, PositionIds = { positions.Select(p => p.Id) } } };

    private async Task<(Unit Committee, Position Chairman, Official Chi)> ChairedAsync(Unit province)
    {
        var committee = await Host.Units.CreateCommitteeAsync(province);
        var chairman = await Positions.CreatePositionAsync(committee, "Chủ tịch", PositionRole.Head, "2016-07-01", collectiveBody: true);
        var chi = await Positions.CreateOfficialAsync("Nguyễn Vũ Chi");
        await Positions.AppointAsync(chi, chairman, validFrom: "2016-07-01");
        return (committee, chairman, chi);
    }

    [Fact]
    public async Task ApplyPlan_Dissolve_PositionsCloseAndAppointmentsEndWithThePlansBasis()
    {
        var province = await Host.Units.CreateRootAsync();
        var (committee, chairman, chi) = await ChairedAsync(province);

        await Host.Reorganizations.ApplyPlanAsync(new ApplyPlanRequest { Plan = Plan(new Operation { Dissolve = new DissolveOperation { Unit = Id(committee) } }) });

        var appointment = Assert.Single(await Positions.AppointmentsOfAsync(chi));
        Assert.Equal("2025-07-01", appointment.ValidTo);
        Assert.Equal(chi.Id, Assert.Single((await Positions.HeadAsync(committee, "2025-06-30")).Head.Holders).Official.Id);
        Assert.Equal("2025-07-01", (await Positions.HeadAsync(committee, "2025-06-30")).Head.Position.ValidTo);
        var audit = await Host.Audit.ListAuditEntriesAsync(new ListAuditEntriesRequest { EntityKind = "appointment", EntityId = appointment.Id });
        Assert.Equal(2, audit.Entries.Count);
        Assert.Equal("/chancery.v1.Reorganizations/ApplyPlan", audit.Entries[1].Operation);
        Assert.Contains("1656/NQ-UBTVQH15", audit.Entries[1].Reason);
    }

    [Fact]
    public async Task ApplyPlan_MergeIntoNewUnitWithoutCarry_SourcePositionsCloseNoneOpensInTarget()
    {
        var province = await Host.Units.CreateRootAsync();
        var (a, _, chi) = await ChairedAsync(province);
        var (b, _, lam) = await ChairedAsync(province);

        var result = (await Host.Reorganizations.ApplyPlanAsync(new ApplyPlanRequest
        {
            Plan = Plan(new Operation
            {
                Merge = new MergeOperation
                {
                    Sources = { Id(a), Id(b) },
                    NewUnit = new NewUnit { Ref = "merged", Name = UnitsApi.UniqueName("Ủy ban nhân dân xã"), Kind = UnitKind.PeopleCommittee },
                },
            }),
        })).Result;

        Assert.True(result.Applied);
        var merged = result.Changes.Single(c => c.Created).UnitId;
        Assert.Empty((await Positions.ListUnitPositionsAsync(new ListUnitPositionsRequest { UnitId = merged, AsOf = "2025-07-01" })).Positions);
        Assert.Equal("2025-07-01", Assert.Single(await Positions.AppointmentsOfAsync(chi)).ValidTo);
        Assert.Equal("2025-07-01", Assert.Single(await Positions.AppointmentsOfAsync(lam)).ValidTo);
    }

    [Fact]
    public async Task ApplyPlan_CarryThenMergeIntoSurvivor_HolderHoldsTheCarriedPosition()
    {
        var province = await Host.Units.CreateRootAsync();
        var (a, chairman, chi) = await ChairedAsync(province);
        var survivor = await Host.Units.CreateCommitteeAsync(province);

        await Host.Reorganizations.ApplyPlanAsync(new ApplyPlanRequest
        {
            Plan = Plan(Carry(survivor, chairman), new Operation { Merge = new MergeOperation { Sources = { Id(a) }, Survivor = Id(survivor) } }),
        });

        AssertCarried((await Positions.HeadAsync(survivor, "2025-07-01")).Head, chairman, chi);
        Assert.Equal(chairman.Id, (await Positions.HeadAsync(a, "2025-06-30")).Head.Position.Id);
        Assert.Equal(
            [(chairman.Id, "2016-07-01", "2025-07-01"), ((await Positions.HeadAsync(survivor, "2025-07-01")).Head.Position.Id, "2025-07-01", "")],
            (await Positions.AppointmentsOfAsync(chi)).Select(x => (x.PositionId, x.ValidFrom, x.ValidTo)));
    }

    [Fact]
    public async Task ApplyPlan_MergeIntoNewUnitThenCarryToIt_HolderHoldsTheCarriedPosition()
    {
        var province = await Host.Units.CreateRootAsync();
        var (a, chairman, chi) = await ChairedAsync(province);
        var (b, _, _) = await ChairedAsync(province);
        var merge = new Operation
        {
            Merge = new MergeOperation
            {
                Sources = { Id(a), Id(b) },
                NewUnit = new NewUnit { Ref = "merged", Name = UnitsApi.UniqueName("Ủy ban nhân dân xã"), Kind = UnitKind.PeopleCommittee },
            },
        };

        var result = (await Host.Reorganizations.ApplyPlanAsync(new ApplyPlanRequest { Plan = Plan(merge, CarryToRef("merged", chairman)) })).Result;

        var merged = new Unit { Id = result.Changes.Single(c => c.Created).UnitId };
        AssertCarried((await Positions.HeadAsync(merged, "2025-07-01")).Head, chairman, chi);
        Assert.Equal(2, (await Positions.AppointmentsOfAsync(chi)).Count);
    }

    [Fact]
    public async Task ApplyPlan_CarryHeadIntoUnitWithAHead_FailedPreconditionAndStoresNothing()
    {
        var province = await Host.Units.CreateRootAsync();
        var (a, chairman, _) = await ChairedAsync(province);
        var (b, _, _) = await ChairedAsync(province);
        var before = await PositionCounts.ReadAsync(Host);
        var plan = Plan(Carry(b, chairman), new Operation { Merge = new MergeOperation { Sources = { Id(a) }, Survivor = Id(b) } });

        var dryRun = (await Host.Reorganizations.DryRunPlanAsync(new DryRunPlanRequest { Plan = plan })).Result;
        await RpcAssert.FailedPrecondition(() => Host.Reorganizations.ApplyPlanAsync(new ApplyPlanRequest { Plan = plan }).ResponseAsync, "positions.one-head");

        Assert.Contains(dryRun.Problems, p => p.Code == "positions.one-head" && p.OperationIndex == 0);
        Assert.Equal(before, await PositionCounts.ReadAsync(Host));
    }

    [Fact]
    public async Task ApplyPlan_CarryUnknownPosition_NotFoundAndStoresNothing()
    {
        var province = await Host.Units.CreateRootAsync();
        var target = await Host.Units.CreateCommitteeAsync(province);
        var before = await PositionCounts.ReadAsync(Host);

        await RpcAssert.NotFound(() => Host.Reorganizations.ApplyPlanAsync(new ApplyPlanRequest
        {
            Plan = Plan(Carry(target, new Position { Id = Guid.NewGuid().ToString() })),
        }).ResponseAsync);

        Assert.Equal(before, await PositionCounts.ReadAsync(Host));
    }

    private static void AssertCarried(StaffedPosition head, Position from, Official holder)
    {
        Assert.NotEqual(from.Id, head.Position.Id);
        Assert.Equal((from.Title, from.Role, from.CollectiveBody, "2025-07-01", ""),
            (head.Position.Title, head.Position.Role, head.Position.CollectiveBody, head.Position.ValidFrom, head.Position.ValidTo));
        var held = Assert.Single(head.Holders);
        Assert.Equal((holder.Id, AppointmentKind.Permanent, "2025-07-01", "1656/NQ-UBTVQH15"),
            (held.Official.Id, held.Appointment.Kind, held.Appointment.ValidFrom, held.Appointment.Basis.Number));
    }
}

public sealed class PlanPositionsSqliteTests(SqliteFixture fixture) : PlanPositionsTests(fixture), IClassFixture<SqliteFixture>;

public sealed class PlanPositionsPostgresTests(PostgresFixture fixture) : PlanPositionsTests(fixture), IClassFixture<PostgresFixture>;
