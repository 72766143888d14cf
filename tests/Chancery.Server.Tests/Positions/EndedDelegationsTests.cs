using Chancery.Server.Tests.Delegations;
using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;

namespace Chancery.Server.Tests.Positions;

/// <summary>EndAppointment and ClosePosition answer with the delegations that end with them: either side, a future one cancelled, one already ended not listed.</summary>
public abstract class EndedDelegationsTests(HostFixture fixture)
{
    private ChanceryHost Host => fixture.Host;

    private V1.Delegations.DelegationsClient Delegations => new(Host.With(Host.AdminToken));

    private Task<EndAppointmentResponse> EndAsync(V1.Appointment appointment, string effective) =>
        Host.Positions.EndAppointmentAsync(new EndAppointmentRequest { Id = appointment.Id, ExpectedVersion = appointment.Version, EffectiveDate = effective, Reason = "Nghỉ hưu" }).ResponseAsync;

    [Fact]
    public async Task EndAppointment_OfTheDelegate_AnswersTheAssignmentWithItsOldAndNewEnd()
    {
        var s = await Staffing.CreateAsync(Host);
        var assigned = (await Delegations.AssignAsync(s.Assigning(s.Deputy1, "giao-duc"))).Delegation;

        var ended = Assert.Single((await EndAsync(s.Deputy1Appointment, "2021-07-01")).EndedDelegations);

        Assert.Equal((assigned.Id, "assignment", s.Committee.Id, s.Chair.Id, s.Deputy1.Id, "Nguyễn Văn Một"),
            (ended.Id, ended.Kind, ended.UnitId, ended.DelegatorOfficialId, ended.DelegateOfficialId, ended.DelegateName));
        Assert.Equal(("2016-07-10", "", "2021-07-01", false, 2L, "86/QĐ-UBND"), (ended.ValidFrom, ended.EndedBefore, ended.EndsOn, ended.Cancelled, ended.Version, ended.Basis.Number));
        Assert.Equal(["giao-duc"], ended.FieldCodes);
        var stored = (await Delegations.GetDelegationAsync(new GetDelegationRequest { Id = assigned.Id })).Delegation;
        Assert.Equal((stored.Version, stored.EffectiveTo), (ended.Version, ended.EndsOn));
    }

    [Fact]
    public async Task EndAppointment_TheDayBeforeAFutureDelegationStarts_AnswersItCancelled()
    {
        var s = await Staffing.CreateAsync(Host);
        var future = (await Delegations.AssignAsync(new AssignRequest(s.Assigning(s.Deputy1, "y-te")) { ValidFrom = "2022-01-01" })).Delegation;

        var ended = Assert.Single((await EndAsync(s.Deputy1Appointment, "2021-12-31")).EndedDelegations);

        Assert.Equal((future.Id, true, "2022-01-01", ""), (ended.Id, ended.Cancelled, ended.EndsOn, ended.EndedBefore));
    }

    [Theory]
    [InlineData("2021-07-01", false)]
    [InlineData("2021-06-30", true)]
    public async Task EndAppointment_OnOrAfterTheDelegationsOwnEnd_DoesNotListIt(string effective, bool listed)
    {
        var s = await Staffing.CreateAsync(Host);
        var limited = (await Delegations.AssignAsync(new AssignRequest(s.Assigning(s.Deputy1, "y-te")) { ValidTo = "2021-07-01" })).Delegation;

        var ended = (await EndAsync(s.Deputy1Appointment, effective)).EndedDelegations;

        if (listed)
        {
            Assert.Equal((limited.Id, "2021-07-01", "2021-06-30", false), (ended.Single().Id, ended.Single().EndedBefore, ended.Single().EndsOn, ended.Single().Cancelled));
        }
        else
        {
            Assert.Empty(ended);
        }
    }

    [Fact]
    public async Task EndAppointment_OfTheGrantor_AnswersEveryDelegationMadeButNotAnotherUnits()
    {
        var s = await Staffing.CreateAsync(Host);
        var other = await Staffing.CreateAsync(Host);
        var one = (await Delegations.AssignAsync(s.Assigning(s.Deputy1, "giao-duc"))).Delegation;
        var two = (await Delegations.AssignAsync(s.Assigning(s.Deputy2, "y-te"))).Delegation;
        var tuq = (await Delegations.AuthorizeAsync(s.Authorizing())).Delegation;
        await Delegations.AssignAsync(other.Assigning(other.Deputy1, "giao-duc"));

        var ended = (await EndAsync(s.ChairAppointment, "2017-07-01")).EndedDelegations;

        Assert.Equal(new[] { one.Id, two.Id, tuq.Id }.Order(), ended.Select(e => e.Id).Order());
        var authorization = ended.Single(e => e.Id == tuq.Id);
        Assert.Equal(("authorization", "2018-01-01", "2017-07-01", s.OfficeHead.Id), (authorization.Kind, authorization.EndedBefore, authorization.EndsOn, authorization.DelegateOfficialId));
        Assert.All(ended, e => Assert.Equal((s.Chair.Id, "Bùi Văn Chủ"), (e.DelegatorOfficialId, e.DelegatorName)));
    }

    [Fact]
    public async Task ClosePosition_WithItsAppointments_AnswersTheDelegationsThatEndWithThem()
    {
        var s = await Staffing.CreateAsync(Host);
        var assigned = (await Delegations.AssignAsync(s.Assigning(s.Deputy1, "giao-duc"))).Delegation;
        await Delegations.AssignAsync(s.Assigning(s.Deputy2, "y-te"));
        var position = (await Host.Positions.ListUnitPositionsAsync(new ListUnitPositionsRequest { UnitId = s.Committee.Id, AsOf = "2020-01-01" }))
            .Positions.Single(p => p.Holders.Any(h => h.Official.Id == s.Deputy1.Id)).Position;

        var response = await Host.Positions.ClosePositionAsync(new ClosePositionRequest
        {
            Id = position.Id, ExpectedVersion = position.Version, EffectiveDate = "2020-01-01", EndAppointments = true, Reason = "Sắp xếp bộ máy",
        });

        var ended = Assert.Single(response.EndedDelegations);
        Assert.Equal((assigned.Id, "2020-01-01", 0), (ended.Id, ended.EndsOn, ended.OperationIndex));
    }

    [Fact]
    public async Task EndAppointment_WithoutDelegations_AnswersNone()
    {
        var s = await Staffing.CreateAsync(Host);

        Assert.Empty((await EndAsync(s.Deputy1Appointment, "2021-07-01")).EndedDelegations);
    }
}

public sealed class EndedDelegationsSqliteTests(SqliteFixture fixture) : EndedDelegationsTests(fixture), IClassFixture<SqliteFixture>;

public sealed class EndedDelegationsPostgresTests(PostgresFixture fixture) : EndedDelegationsTests(fixture), IClassFixture<PostgresFixture>;
