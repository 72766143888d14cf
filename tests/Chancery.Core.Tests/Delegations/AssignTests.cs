using Chancery.Core.Delegations;
using Chancery.Core.Positions;

namespace Chancery.Core.Tests.Delegations;

/// <summary>Phân công (KT.): the head assigns fields to a deputy of the same unit.</summary>
public sealed class AssignTests
{
    [Fact]
    public void Assign_DeputyOfSameUnit_SignsKtOnBehalfOfTheCommittee()
    {
        var l = new LuongSon();
        var d = l.Assign(l.Deputy1, ["noi-vu", "giao-duc"]);

        var signers = l.Resolve("noi-vu", "2022-03-01").Signers;

        Assert.Equal(2, signers.Count);
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], signers[0].SignatureBlock);
        Assert.Equal(SigningForm.OnBehalf, signers[0].Form);
        var deputy = signers[1];
        Assert.Equal((SigningForm.ForTheHead, l.Deputy1, d.Id), (deputy.Form, deputy.Official.Id, deputy.Delegation!.Id));
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], deputy.SignatureBlock);
        Assert.Equal(["appointment", "assignment", "appointment"], deputy.Chain.Select(c => c.Kind));
        Assert.Equal(l.ChairAppointment, deputy.Chain[0].Id);
        Assert.Equal("15/QĐ-UBND", deputy.Chain[1].Basis.Number);
    }

    [Fact]
    public void Resolve_FieldNotAssigned_OnlyTheHead()
    {
        var l = new LuongSon();
        l.Assign(l.Deputy1, ["noi-vu"]);

        Assert.Single(l.Resolve("y-te", "2022-03-01").Signers);
        Assert.Single(l.Resolve("noi-vu", "2021-12-31").Signers);
    }

    [Fact]
    public void Assign_ToSelf_Refused()
    {
        var l = new LuongSon();
        var extra = l.S.PositionIn(l.Committee, "Phó Chủ tịch");
        l.S.AppointmentOf(l.Chair, extra, AppointmentKind.Concurrent);

        Refused.ByRule(DelegationRules.NotSelf, () => l.Assign(l.Chair, ["noi-vu"]));
    }

    [Fact]
    public void Assign_ByADeputy_Refused()
    {
        var l = new LuongSon();

        Refused.ByRule(DelegationRules.DelegatorHolds, () => l.Assign(l.Deputy2, ["noi-vu"], delegator: l.Deputy1));
    }

    [Fact]
    public void Assign_ToHeadOfSubordinateUnit_Refused()
    {
        var l = new LuongSon();

        Refused.ByRule(DelegationRules.DelegatePosition, () => l.Assign(l.OfficeHead, ["noi-vu"]));
    }

    [Fact]
    public void Assign_PastTheDeputysAppointment_Refused()
    {
        var l = new LuongSon();
        var position = l.S.PositionIn(l.Committee, "Phó Chủ tịch");
        var third = l.S.Official("Phạm Văn Ba");
        l.S.AppointmentOf(third, position, to: "2023-01-01");

        Refused.ByRule(DelegationRules.BothHold, () => l.Assign(third, ["y-te"]));
        Assert.Equal(Day("2023-01-01"), l.Assign(third, ["y-te"], to: "2023-01-01").To);
    }

    [Fact]
    public void Assign_UnknownField_RefusedByField()
    {
        var l = new LuongSon();

        Refused.ByField("field_codes", () => l.Assign(l.Deputy1, ["khong-co"]));
        Refused.ByField("field_codes", () => l.Assign(l.Deputy1, []));
    }

    [Fact]
    public void Assign_RunsTheUnit_SignsForAnyFieldOverThatPeriodOnly()
    {
        var l = new LuongSon();
        l.Assign(l.Deputy1, ["noi-vu"], runsFrom: "2022-07-03", runsTo: "2022-07-17");

        Assert.Contains(l.Resolve("y-te", "2022-07-10").Signers, s => s.Official.Id == l.Deputy1 && s.RunsUnit);
        Assert.DoesNotContain(l.Resolve("y-te", "2022-07-17").Signers, s => s.Official.Id == l.Deputy1);
    }
}
