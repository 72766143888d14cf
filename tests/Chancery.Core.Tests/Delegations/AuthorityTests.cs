using Chancery.Core.Delegations;
using Chancery.Core.Positions;

namespace Chancery.Core.Tests.Delegations;

/// <summary>ResolveAuthority: a deputy running a unit whose head position is vacant, supervised units, and what an authorization's scope covers.</summary>
public sealed class AuthorityTests
{
    /// <summary>The head of Phòng Nội vụ leaves on 2024-03-01; the Chairman (head of the unit above) assigns its deputy to run it from that day.</summary>
    private static (LuongSon L, DelegationState Running) VacantOffice(string? runsTo = null)
    {
        var l = new LuongSon();
        l.S.EndAppointment(l.OfficeHeadAppointment, "2024-03-01");
        var running = l.Create(new CreateDelegationCommand(DelegationKind.Assignment, l.Office, l.Chair, l.OfficeDeputy, null, [], [], [], null,
            null, DayOrNull(runsTo), Day("2024-03-01"), null, LuongSon.Decision, false, null) { WhileHeadVacant = true });
        return (l, running);
    }

    private static Authority ResolveOffice(LuongSon l, string date, string? field = "noi-vu") => AuthorityResolver.Resolve(l.S.Snapshot, l.Office, field, null, Day(date));

    [Fact]
    public void VacantHead_RunningDeputy_SignsKT_FromTheFirstVacantDay()
    {
        var (l, running) = VacantOffice();

        var before = ResolveOffice(l, "2024-02-29");
        var after = ResolveOffice(l, "2024-03-01");

        Assert.False(before.HeadVacant);
        Assert.Equal([l.OfficeHead], before.Signers.Select(s => s.Official.Id));
        Assert.True(after.HeadVacant);
        var deputy = Assert.Single(after.Signers);
        Assert.Equal((l.OfficeDeputy, SigningForm.ForTheHead, true, AuthorityMatch.RunsUnit, running.Id),
            (deputy.Official.Id, deputy.Form, deputy.RunsUnit, deputy.Match, deputy.Delegation!.Id));
        Assert.Equal(["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"], deputy.SignatureBlock);
        Assert.Contains("khuyết", deputy.Note);
        Assert.Equal(["appointment", "assignment", "appointment"], deputy.Chain.Select(c => c.Kind));
    }

    [Fact]
    public void VacantHead_HeadAppointed_RunningDeputyNoLongerAnswered()
    {
        var (l, _) = VacantOffice();
        var newHead = l.S.Official("Vũ Văn Mới");
        l.S.AppointmentOf(newHead, l.OfficeHeadPosition, from: "2024-06-01");

        Assert.Contains(ResolveOffice(l, "2024-05-31").Signers, s => s.Official.Id == l.OfficeDeputy);
        var after = ResolveOffice(l, "2024-06-01");
        Assert.False(after.HeadVacant);
        Assert.Equal([newHead], after.Signers.Select(s => s.Official.Id));
    }

    [Fact]
    public void VacantHead_RunningPeriodEnds_DeputyNoLongerAnswered()
    {
        var (l, _) = VacantOffice(runsTo: "2024-04-01");

        Assert.Contains(ResolveOffice(l, "2024-03-31").Signers, s => s.Official.Id == l.OfficeDeputy);
        Assert.Empty(ResolveOffice(l, "2024-04-01").Signers);
    }

    [Fact]
    public void VacantHead_AcceptedOnlyWhileVacant()
    {
        var l = new LuongSon();

        Refused.ByRule(DelegationRules.HeadVacant, () => l.Create(new CreateDelegationCommand(DelegationKind.Assignment, l.Office, l.Chair, l.OfficeDeputy,
            null, [], [], [], null, null, null, Day("2024-03-01"), null, LuongSon.Decision, false, null) { WhileHeadVacant = true }));
    }

    [Fact]
    public void VacantHead_DelegatorMustHeadAUnitAbove()
    {
        var l = new LuongSon();
        l.S.EndAppointment(l.OfficeHeadAppointment, "2024-03-01");

        Refused.ByRule(DelegationRules.DelegatorHolds, () => l.Create(new CreateDelegationCommand(DelegationKind.Assignment, l.Office, l.Deputy1, l.OfficeDeputy,
            null, [], [], [], null, null, null, Day("2024-03-01"), null, LuongSon.Decision, false, null) { WhileHeadVacant = true }));
    }

    [Fact]
    public void HeadAbsent_RunningDeputy_AnswersEveryField_OnlyInThePeriod()
    {
        var l = new LuongSon();
        l.Assign(l.Deputy1, ["noi-vu"], runsFrom: "2023-07-03", runsTo: "2023-07-17");

        Assert.DoesNotContain(l.Resolve("y-te", "2023-07-02").Signers, s => s.Official.Id == l.Deputy1);
        var running = Assert.Single(l.Resolve("y-te", "2023-07-03").Signers, s => s.Official.Id == l.Deputy1);
        Assert.DoesNotContain(l.Resolve("y-te", "2023-07-17").Signers, s => s.Official.Id == l.Deputy1);
        Assert.Equal((AuthorityMatch.RunsUnit, SigningForm.ForTheHead), (running.Match, running.Form));
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], running.SignatureBlock);
        Assert.Contains("vắng mặt", running.Note);
    }

    [Fact]
    public void SupervisedUnit_DeputySupervisingIt_SignsForTheParentInItsMatters()
    {
        var l = new LuongSon();
        var other = l.S.Unit("Phòng Tài chính", l.Committee);
        var team = l.S.Unit("Tổ công tác", l.Office);
        var supervising = l.Create(new CreateDelegationCommand(DelegationKind.Assignment, l.Committee, l.Chair, l.Deputy1, null, [], [l.Office], [], null,
            null, null, Day("2022-01-01"), null, LuongSon.Decision, false, null));
        l.Assign(l.Deputy2, ["y-te"]);

        Authority About(Guid subject, string date) => AuthorityResolver.Resolve(l.S.Snapshot, l.Committee, null, null, Day(date), subject);

        Assert.DoesNotContain(About(l.Office, "2021-12-31").Signers, s => s.Official.Id == l.Deputy1);
        var deputy = Assert.Single(About(l.Office, "2022-01-01").Signers, s => s.Delegation is not null);
        Assert.Equal((l.Deputy1, AuthorityMatch.SupervisedUnit, supervising.Id), (deputy.Official.Id, deputy.Match, deputy.Delegation!.Id));
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], deputy.SignatureBlock);
        Assert.Contains(About(team, "2022-01-01").Signers, s => s.Official.Id == l.Deputy1);
        Assert.Equal([l.Chair], About(other, "2022-01-01").Signers.Select(s => s.Official.Id));
    }

    [Fact]
    public void Authorization_MatchesItsFieldsAndKinds_NeverItsScopeText()
    {
        var l = new LuongSon();
        l.Create(new CreateDelegationCommand(DelegationKind.Authorization, l.Committee, l.Chair, l.OfficeHead, null, ["noi-vu"], [], [], "Ký văn bản về y tế và nội vụ",
            null, null, Day("2022-01-01"), Day("2022-12-31"), LuongSon.Decision, false, null));

        var signer = Assert.Single(l.Resolve("noi-vu", "2022-06-01").Signers, s => s.Delegation is not null);
        Assert.Equal((AuthorityMatch.Field, "Ký văn bản về y tế và nội vụ"), (signer.Match, signer.Scope));
        Assert.DoesNotContain(l.Resolve("y-te", "2022-06-01").Signers, s => s.Delegation is not null);
    }

    [Fact]
    public void Authorization_WithOnlyFreeTextScope_Refused()
    {
        var l = new LuongSon();

        Refused.ByField("field_codes", () => l.Create(new CreateDelegationCommand(DelegationKind.Authorization, l.Committee, l.Chair, l.OfficeHead, null, [], [], [],
            "Ký hợp đồng lao động", null, null, Day("2022-01-01"), Day("2022-12-31"), LuongSon.Decision, false, null)));
    }

    [Fact]
    public void Head_OfANonCollectiveUnit_SignsInOwnName_DeputyKT()
    {
        var l = new LuongSon();
        var d = l.Create(new CreateDelegationCommand(DelegationKind.Assignment, l.Office, l.OfficeHead, l.OfficeDeputy, null, ["noi-vu"], [], [], null,
            null, null, Day("2022-01-01"), null, LuongSon.Decision, false, null));

        var signers = ResolveOffice(l, "2022-01-01").Signers;

        Assert.Equal(["TRƯỞNG PHÒNG"], signers[0].SignatureBlock);
        Assert.Equal((SigningForm.Head, AuthorityMatch.Head), (signers[0].Form, signers[0].Match));
        Assert.Equal(["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"], Assert.Single(signers, s => s.Delegation?.Id == d.Id).SignatureBlock);
    }
}
