using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;

namespace Chancery.Server.Tests.Delegations;

/// <summary>ResolveAuthority through the gRPC pipeline: a vacant head's running deputy, supervised units, an authorization's structured scope.</summary>
public abstract class AuthorityTests(HostFixture fixture)
{
    private ChanceryHost Host => fixture.Host;

    private V1.Delegations.DelegationsClient Delegations => new(Host.With(Host.AdminToken));

    private Task<ResolveAuthorityResponse> ResolveAsync(Unit unit, string asOf, string field = "", string subject = "") =>
        Delegations.ResolveAuthorityAsync(new ResolveAuthorityRequest { UnitId = unit.Id, FieldCode = field, SubjectUnitId = subject, AsOf = asOf }).ResponseAsync;

    private static AssignRequest Running(Staffing s, string validFrom) => new()
    {
        UnitId = s.Office.Id, DelegatorOfficialId = s.Chair.Id, DelegateOfficialId = s.OfficeDeputy.Id, WhileHeadVacant = true, ValidFrom = validFrom, Basis = Staffing.Decision,
    };

    [Fact]
    public async Task VacantHead_DeputyAssignedToRun_SignsKtWithANote_FromTheFirstVacantDay()
    {
        var s = await Staffing.CreateAsync(Host);
        var before = await DelegationCounts.ReadAsync(Host);
        await RpcAssert.FailedPrecondition(() => Delegations.AssignAsync(Running(s, "2020-03-01")).ResponseAsync, "delegations.head-vacant");
        Assert.Equal(before, await DelegationCounts.ReadAsync(Host));
        await Host.Positions.EndAppointmentAsync(new EndAppointmentRequest { Id = s.OfficeHeadAppointment.Id, ExpectedVersion = 1, EffectiveDate = "2020-03-01" });

        var d = (await Delegations.AssignAsync(Running(s, "2020-03-01"))).Delegation;

        Assert.True(d.WhileHeadVacant);
        Assert.Equal(("2020-03-01", ""), (d.RunsUnitFrom, d.RunsUnitTo));
        var held = await ResolveAsync(s.Office, "2020-02-29", "noi-vu");
        Assert.False(held.HeadVacant);
        Assert.Equal([s.OfficeHead.Id], held.Signers.Select(x => x.OfficialId));
        var vacant = await ResolveAsync(s.Office, "2020-03-01", "noi-vu");
        Assert.True(vacant.HeadVacant);
        var deputy = Assert.Single(vacant.Signers);
        Assert.Equal((s.OfficeDeputy.Id, SigningForm.ForTheHead, true, AuthorityMatch.RunsUnit), (deputy.OfficialId, deputy.Form, deputy.RunsUnit, deputy.Match));
        Assert.Equal(["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"], deputy.SignatureBlock);
        Assert.Contains("khuyết", deputy.Note);
    }

    [Fact]
    public async Task SubjectUnit_DeputySupervisingIt_SignsKtForTheCommittee()
    {
        var s = await Staffing.CreateAsync(Host);
        var d = (await Delegations.AssignAsync(new AssignRequest(s.Assigning(s.Deputy1)) { SupervisedUnitIds = { s.Office.Id } })).Delegation;

        var answer = await ResolveAsync(s.Committee, "2017-07-11", subject: s.Office.Id);

        var deputy = Assert.Single(answer.Signers, x => x.DelegationId == d.Id);
        Assert.Equal((s.Deputy1.Id, AuthorityMatch.SupervisedUnit), (deputy.OfficialId, deputy.Match));
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], deputy.SignatureBlock);
        Assert.Equal(AuthorityMatch.Head, answer.Signers[0].Match);
        Assert.DoesNotContain((await ResolveAsync(s.Committee, "2016-07-09", subject: s.Office.Id)).Signers, x => x.DelegationId == d.Id);
        await RpcAssert.InvalidArgument(() => ResolveAsync(s.Office, "2017-07-11", subject: s.Committee.Id), "subject_unit_id");
        await RpcAssert.InvalidArgument(() => ResolveAsync(s.Committee, "2017-07-11", subject: "x"), "subject_unit_id");
    }

    [Fact]
    public async Task Authorization_ScopeShown_MatchedByItsFieldsOnly_AndFreeTextAloneRefused()
    {
        var s = await Staffing.CreateAsync(Host);
        var before = await DelegationCounts.ReadAsync(Host);
        var freeTextOnly = s.Authorizing();
        freeTextOnly.DocumentKinds.Clear();
        await RpcAssert.InvalidArgument(() => Delegations.AuthorizeAsync(freeTextOnly).ResponseAsync, "field_codes");
        Assert.Equal(before, await DelegationCounts.ReadAsync(Host));
        var request = new AuthorizeRequest(s.Authorizing()) { Scope = "Ký văn bản về nội vụ và y tế" };
        request.DocumentKinds.Clear();
        request.FieldCodes.Add("noi-vu");
        await Delegations.AuthorizeAsync(request);

        var tuq = Assert.Single((await ResolveAsync(s.Committee, "2017-07-11", "noi-vu")).Signers, x => x.Form == SigningForm.OnAuthorization);

        Assert.Equal((AuthorityMatch.Field, "Ký văn bản về nội vụ và y tế"), (tuq.Match, tuq.Scope));
        Assert.DoesNotContain((await ResolveAsync(s.Committee, "2017-07-11", "y-te")).Signers, x => x.Form == SigningForm.OnAuthorization);
    }
}

public sealed class AuthoritySqliteTests(SqliteFixture fixture) : AuthorityTests(fixture), IClassFixture<SqliteFixture>;

public sealed class AuthorityPostgresTests(PostgresFixture fixture) : AuthorityTests(fixture), IClassFixture<PostgresFixture>;
