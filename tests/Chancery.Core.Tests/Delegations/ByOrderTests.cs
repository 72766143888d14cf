using Chancery.Core.Delegations;
using Chancery.Core.Positions;

namespace Chancery.Core.Tests.Delegations;

/// <summary>Thừa lệnh (TL.): to the chief of office or the head of a subordinate unit, who may pass it to a deputy, no further.</summary>
public sealed class ByOrderTests
{
    [Fact]
    public void ByOrder_ChiefOfOffice_SignsTl()
    {
        var l = new LuongSon();
        l.ByOrder(l.Chief, ["Giấy mời", "Thông báo"]);

        var signer = Assert.Single(l.Resolve(null, "2022-02-01", "giay moi").Signers, s => s.Delegation is not null);

        Assert.Equal((SigningForm.ByOrder, l.Chief), (signer.Form, signer.Official.Id));
        Assert.Equal(["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"], signer.SignatureBlock);
    }

    [Fact]
    public void ByOrder_PassedToTheGranteesDeputy_SignsKtUnderTl()
    {
        var l = new LuongSon();
        var grant = l.ByOrder(l.OfficeHead, ["Công văn"]);
        l.ByOrder(l.OfficeDeputy, ["Công văn"], unit: l.Office, delegator: l.OfficeHead, passedFrom: grant.Id);

        var signer = Assert.Single(l.Resolve(null, "2022-02-01", "Công văn").Signers, s => s.Form == SigningForm.ForTheGrantee);

        Assert.Equal(["TL. CHỦ TỊCH", "KT. TRƯỞNG PHÒNG NỘI VỤ", "PHÓ TRƯỞNG PHÒNG"], signer.SignatureBlock);
        Assert.Equal(5, signer.Chain.Count);
    }

    [Fact]
    public void PassOn_APassOn_RefusedNoFurther()
    {
        var l = new LuongSon();
        var grant = l.ByOrder(l.OfficeHead, ["Công văn"]);
        var passed = l.ByOrder(l.OfficeDeputy, ["Công văn"], unit: l.Office, delegator: l.OfficeHead, passedFrom: grant.Id);

        Refused.ByRule(DelegationRules.NoFurther,
            () => l.ByOrder(l.OfficeHead, ["Công văn"], unit: l.Office, delegator: l.OfficeDeputy, passedFrom: passed.Id));
    }

    [Fact]
    public void PassOn_KindTheGrantDoesNotHold_Refused()
    {
        var l = new LuongSon();
        var grant = l.ByOrder(l.OfficeHead, ["Công văn"]);

        Refused.ByRule(DelegationRules.WithinDelegator,
            () => l.ByOrder(l.OfficeDeputy, ["Quyết định"], unit: l.Office, delegator: l.OfficeHead, passedFrom: grant.Id));
    }

    [Fact]
    public void PassOn_BeyondTheGrantsPeriod_Refused()
    {
        var l = new LuongSon();
        var grant = l.ByOrder(l.OfficeHead, ["Công văn"], to: "2023-01-01");

        Refused.ByRule(DelegationRules.WithinDelegator,
            () => l.ByOrder(l.OfficeDeputy, ["Công văn"], unit: l.Office, delegator: l.OfficeHead, passedFrom: grant.Id, to: "2024-01-01"));
    }

    [Fact]
    public void PassOn_BackToTheHead_RefusedNoCycle()
    {
        var l = new LuongSon();
        var alsoDeputy = l.S.PositionIn(l.Office, "Phó Trưởng phòng");
        l.S.AppointmentOf(l.Chair, alsoDeputy, AppointmentKind.Concurrent);
        var grant = l.ByOrder(l.OfficeHead, ["Công văn"]);

        Refused.ByRule(DelegationRules.NoCycle,
            () => l.ByOrder(l.Chair, ["Công văn"], unit: l.Office, delegator: l.OfficeHead, passedFrom: grant.Id));
    }

    [Fact]
    public void PassOn_ByAnotherThanTheGrantee_Refused()
    {
        var l = new LuongSon();
        var grant = l.ByOrder(l.OfficeHead, ["Công văn"]);

        Refused.ByRule(DelegationRules.DelegatorHolds,
            () => l.ByOrder(l.OfficeDeputy, ["Công văn"], unit: l.Office, delegator: l.Chief, passedFrom: grant.Id));
    }
}
