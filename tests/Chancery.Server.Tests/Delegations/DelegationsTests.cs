using System.Text.Json;
using Chancery.Server.Tests.Infrastructure;
using Chancery.Server.Tests.Positions;
using Chancery.V1;
using Microsoft.EntityFrameworkCore;

namespace Chancery.Server.Tests.Delegations;

/// <summary>Delegations through the gRPC pipeline: each kind, each rule, bad input, stale versions, the trail, and dates on both sides of every boundary.</summary>
public abstract class DelegationsTests(HostFixture fixture)
{
    private ChanceryHost Host => fixture.Host;

    private V1.Delegations.DelegationsClient Delegations => new(Host.With(Host.AdminToken));

    private Task<ResolveAuthorityResponse> ResolveAsync(Staffing s, string asOf, string field = "", string kind = "") =>
        Delegations.ResolveAuthorityAsync(new ResolveAuthorityRequest { UnitId = s.Committee.Id, FieldCode = field, DocumentKind = kind, AsOf = asOf }).ResponseAsync;

    [Fact]
    public async Task Assign_ToADeputy_ResolvesKtWithBlockAndChain()
    {
        var s = await Staffing.CreateAsync(Host);

        var d = (await Delegations.AssignAsync(s.Assigning(s.Deputy1, "noi-vu", "giao-duc"))).Delegation;

        Assert.Equal((DelegationKind.Assignment, s.Chair.Id, s.Deputy1.Id, "", 1L), (d.Kind, d.DelegatorOfficialId, d.DelegateOfficialId, d.EffectiveTo, d.Version));
        var answer = await ResolveAsync(s, "2017-07-11", "noi-vu");
        Assert.Equal(2, answer.Signers.Count);
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], answer.Signers[0].SignatureBlock);
        var deputy = answer.Signers[1];
        Assert.Equal((SigningForm.ForTheHead, s.Deputy1.Id, d.Id), (deputy.Form, deputy.OfficialId, deputy.DelegationId));
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], deputy.SignatureBlock);
        Assert.Equal(["appointment", "assignment", "appointment"], deputy.Chain.Select(c => c.Kind));
        Assert.Equal(("86/QĐ-UBND", "2016-07-10"), (deputy.Chain[1].Basis.Number, deputy.Chain[1].ValidFrom));
        Assert.Single((await ResolveAsync(s, "2016-07-09", "noi-vu")).Signers);
    }

    [Fact]
    public async Task Authorize_And_GrantByOrder_PassedOn_ResolveTuqTlAndKtUnderTl()
    {
        var s = await Staffing.CreateAsync(Host);
        await Delegations.AuthorizeAsync(s.Authorizing());
        var grant = (await Delegations.GrantByOrderAsync(s.Granting("Công văn"))).Delegation;
        var officeGrant = (await Delegations.GrantByOrderAsync(new GrantByOrderRequest(s.Granting("Công văn")) { DelegateOfficialId = s.OfficeHead.Id })).Delegation;
        await Delegations.GrantByOrderAsync(new GrantByOrderRequest
        {
            UnitId = s.Office.Id, DelegatorOfficialId = s.OfficeHead.Id, DelegateOfficialId = s.OfficeDeputy.Id, PassedFromId = officeGrant.Id,
            DocumentKinds = { "Công văn" }, ValidFrom = "2016-08-01", Basis = Staffing.Decision,
        });

        var tuq = Assert.Single((await ResolveAsync(s, "2017-07-11", kind: "hop dong")).Signers, x => x.Form == SigningForm.OnAuthorization);
        var byOrder = (await ResolveAsync(s, "2017-07-11", kind: "Công văn")).Signers;

        Assert.Equal(2, tuq.SignatureBlock.Count);
        Assert.Equal("TUQ. CHỦ TỊCH", tuq.SignatureBlock[0]);
        Assert.StartsWith("TRƯỞNG PHÒNG NỘI VỤ", tuq.SignatureBlock[1]);
        Assert.Equal(["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"], Assert.Single(byOrder, x => x.DelegationId == grant.Id).SignatureBlock);
        var passed = Assert.Single(byOrder, x => x.Form == SigningForm.ForTheGrantee);
        Assert.Equal(("TL. CHỦ TỊCH", "PHÓ TRƯỞNG PHÒNG", 5), (passed.SignatureBlock[0], passed.SignatureBlock[2], passed.Chain.Count));
        Assert.DoesNotContain((await ResolveAsync(s, "2018-01-01", kind: "hop dong")).Signers, x => x.Form == SigningForm.OnAuthorization);
    }

    [Fact]
    public async Task Assign_FieldAnotherDeputyHolds_FailedPreconditionNamingItAndStoresNothing()
    {
        var s = await Staffing.CreateAsync(Host);
        var first = (await Delegations.AssignAsync(s.Assigning(s.Deputy1, "y-te"))).Delegation;
        var before = await DelegationCounts.ReadAsync(Host);

        var failure = await RpcAssert.FailedPrecondition(() => Delegations.AssignAsync(s.Assigning(s.Deputy2, "y-te")).ResponseAsync, "delegations.field-overlap");

        Assert.Contains(first.Id, failure.Violations.Single().Description);
        Assert.Equal(before, await DelegationCounts.ReadAsync(Host));
        var onPurpose = new AssignRequest(s.Assigning(s.Deputy2, "y-te")) { OverlapOnPurpose = true, Reason = "Cùng chỉ đạo phòng chống dịch" };
        Assert.Equal("Cùng chỉ đạo phòng chống dịch", (await Delegations.AssignAsync(onPurpose)).Delegation.OverlapReason);
        var conflicts = await Delegations.CheckConflictsAsync(new CheckConflictsRequest { UnitId = s.Committee.Id, AsOf = "2017-01-01" });
        Assert.Equal(("y-te", 2), (conflicts.Overlaps.Single().FieldCode, conflicts.Overlaps.Single().Delegations.Count));
    }

    [Theory]
    [InlineData("self", "delegations.not-self")]
    [InlineData("deputy-delegates", "delegations.delegator-holds")]
    [InlineData("to-subordinate-head", "delegations.delegate-position")]
    public async Task Assign_BreakingARule_FailedPreconditionAndStoresNothing(string mistake, string rule)
    {
        var s = await Staffing.CreateAsync(Host);
        var request = mistake switch
        {
            "self" => s.Assigning(s.Chair, "noi-vu"),
            "deputy-delegates" => new AssignRequest(s.Assigning(s.Deputy2, "noi-vu")) { DelegatorOfficialId = s.Deputy1.Id },
            _ => s.Assigning(s.OfficeHead, "noi-vu"),
        };
        if (mistake == "self")
        {
            var extra = await Host.Positions.CreatePositionAsync(s.Committee, "Phó Chủ tịch", PositionRole.Deputy, "2010-01-01");
            await Host.Positions.AppointAsync(s.Chair, extra, AppointmentKind.Concurrent, "2016-07-01");
        }

        var before = await DelegationCounts.ReadAsync(Host);
        await RpcAssert.FailedPrecondition(() => Delegations.AssignAsync(request).ResponseAsync, rule);
        Assert.Equal(before, await DelegationCounts.ReadAsync(Host));
    }

    [Fact]
    public async Task PassOn_AnAuthorization_FailedPreconditionNoReauthorization()
    {
        var s = await Staffing.CreateAsync(Host);
        var tuq = (await Delegations.AuthorizeAsync(s.Authorizing())).Delegation;

        await RpcAssert.FailedPrecondition(() => Delegations.GrantByOrderAsync(new GrantByOrderRequest
        {
            UnitId = s.Office.Id, DelegatorOfficialId = s.OfficeHead.Id, DelegateOfficialId = s.OfficeDeputy.Id, PassedFromId = tuq.Id,
            DocumentKinds = { "Hợp đồng" }, ValidFrom = "2017-02-01", ValidTo = "2017-06-01", Basis = Staffing.Decision,
        }).ResponseAsync, "delegations.no-reauthorization");
    }

    [Fact]
    public async Task BadInput_InvalidArgumentWithEveryFieldAndStoresNothing()
    {
        var s = await Staffing.CreateAsync(Host);
        var before = await DelegationCounts.ReadAsync(Host);

        await RpcAssert.InvalidArgument(() => Delegations.AssignAsync(new AssignRequest
        {
            UnitId = "not-an-id", DelegatorOfficialId = s.Chair.Id, DelegateOfficialId = s.Deputy1.Id, FieldCodes = { "khong-co" },
            ValidFrom = "2016-13-01", Basis = new Basis(),
        }).ResponseAsync, "unit_id", "field_codes", "valid_from", "basis.number");
        await RpcAssert.InvalidArgument(() => Delegations.AuthorizeAsync(new AuthorizeRequest(s.Authorizing()) { ValidTo = "", Scope = "" }).ResponseAsync, "valid_to", "scope");
        await RpcAssert.InvalidArgument(() => Delegations.GrantByOrderAsync(s.Granting()).ResponseAsync, "document_kinds");
        await RpcAssert.InvalidArgument(() => Delegations.RevokeAsync(new RevokeRequest { Id = "", ExpectedVersion = 0 }).ResponseAsync, "id", "expected_version");
        await RpcAssert.InvalidArgument(() => Delegations.ResolveAuthorityAsync(new ResolveAuthorityRequest { UnitId = s.Committee.Id, FieldCode = "x", AsOf = "hôm nay" }).ResponseAsync, "field_code", "as_of");
        Assert.Equal(before, await DelegationCounts.ReadAsync(Host));
    }

    [Fact]
    public async Task Revoke_StaleVersion_AbortedThenRevokedFromTheDate()
    {
        var s = await Staffing.CreateAsync(Host);
        var d = (await Delegations.AssignAsync(s.Assigning(s.Deputy1, "noi-vu"))).Delegation;

        await RpcAssert.Aborted(() => Delegations.RevokeAsync(new RevokeRequest { Id = d.Id, ExpectedVersion = 7, EffectiveDate = "2020-01-01" }).ResponseAsync);
        var revoked = (await Delegations.RevokeAsync(new RevokeRequest { Id = d.Id, ExpectedVersion = 1, EffectiveDate = "2020-01-01", Reason = "Phân công lại" })).Delegation;

        Assert.Equal(("2020-01-01", "2020-01-01", 2L), (revoked.RevokedFrom, revoked.EffectiveTo, revoked.Version));
        Assert.Equal(2, (await ResolveAsync(s, "2019-12-31", "noi-vu")).Signers.Count);
        Assert.Single((await ResolveAsync(s, "2020-01-01", "noi-vu")).Signers);
    }

    [Fact]
    public async Task EndAppointment_OfTheDeputy_ResolveChangesThatDayAndTheDelegationEndsAudited()
    {
        var s = await Staffing.CreateAsync(Host);
        var d = (await Delegations.AssignAsync(s.Assigning(s.Deputy1, "noi-vu"))).Delegation;

        await Host.Positions.EndAppointmentAsync(new EndAppointmentRequest { Id = s.Deputy1Appointment.Id, ExpectedVersion = 1, EffectiveDate = "2021-07-01" });

        Assert.Equal(2, (await ResolveAsync(s, "2021-06-30", "noi-vu")).Signers.Count);
        Assert.Single((await ResolveAsync(s, "2021-07-01", "noi-vu")).Signers);
        var stored = (await Delegations.GetDelegationAsync(new GetDelegationRequest { Id = d.Id })).Delegation;
        Assert.Equal(("2021-07-01", "2021-07-01", 2L), (stored.ValidTo, stored.EffectiveTo, stored.Version));
        var trail = (await Host.Audit.ListAuditEntriesAsync(new ListAuditEntriesRequest { EntityKind = "delegation", EntityId = d.Id, PageSize = 10 })).Entries;
        Assert.Equal(["/chancery.v1.Delegations/Assign", "/chancery.v1.Positions/EndAppointment"], trail.Select(e => e.Operation));
        Assert.Equal("86/QĐ-UBND ngày 2016-07-05 (Ủy ban nhân dân huyện Lương Sơn)", trail[0].Reason[(trail[0].Reason.IndexOf("86/", StringComparison.Ordinal))..]);
        Assert.Equal("", trail[0].Before);
        Assert.Equal("2021-07-01", JsonDocument.Parse(trail[1].After).RootElement.GetProperty("valid_to").GetString());
        await using var db = Host.CreateDbContext();
        var change = await db.ChangeLog.SingleAsync(c => c.Sequence == trail[1].ChangeSequence);
        Assert.Contains($"delegation:{d.Id}", change.Entities);
    }

    [Fact]
    public async Task ListDelegations_ByUnitOfficialAndField_AsOfADate_Paged()
    {
        var s = await Staffing.CreateAsync(Host);
        await Delegations.AssignAsync(s.Assigning(s.Deputy1, "noi-vu"));
        await Delegations.AssignAsync(s.Assigning(s.Deputy2, "y-te"));
        await Delegations.GrantByOrderAsync(s.Granting("Giấy mời"));

        var first = await Delegations.ListDelegationsAsync(new ListDelegationsRequest { UnitId = s.Committee.Id, AsOf = "2017-01-01", PageSize = 2 });
        var second = await Delegations.ListDelegationsAsync(new ListDelegationsRequest { UnitId = s.Committee.Id, AsOf = "2017-01-01", PageSize = 2, PageToken = first.NextPageToken });

        Assert.Equal((3, 2, 1, ""), (first.TotalSize, first.Delegations.Count, second.Delegations.Count, second.NextPageToken));
        Assert.Equal(s.Deputy2.Id, (await Delegations.ListDelegationsAsync(new ListDelegationsRequest { UnitId = s.Committee.Id, FieldCode = "y-te", AsOf = "2017-01-01" })).Delegations.Single().DelegateOfficialId);
        Assert.Single((await Delegations.ListDelegationsAsync(new ListDelegationsRequest { OfficialId = s.Chief.Id, AsOf = "2017-01-01" })).Delegations);
        Assert.Empty((await Delegations.ListDelegationsAsync(new ListDelegationsRequest { UnitId = s.Committee.Id, AsOf = "2016-07-09" })).Delegations);
        Assert.Contains((await Delegations.ListFieldsAsync(new ListFieldsRequest { Query = "noi vu" })).Fields, f => f.Code == "noi-vu");
    }
}

public sealed class DelegationsSqliteTests(SqliteFixture fixture) : DelegationsTests(fixture), IClassFixture<SqliteFixture>;

public sealed class DelegationsPostgresTests(PostgresFixture fixture) : DelegationsTests(fixture), IClassFixture<PostgresFixture>;
