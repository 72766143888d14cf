using Chancery.Core.Delegations;

namespace Chancery.Core.Tests.Delegations;

/// <summary>Ủy quyền (TUQ.): to the head of a subordinate unit, with an end date and a scope, never onward.</summary>
public sealed class AuthorizeTests
{
    [Fact]
    public void Authorize_HeadOfSubordinateUnit_SignsTuq()
    {
        var l = new LuongSon();
        l.Authorize(l.OfficeHead);

        var signer = Assert.Single(l.Resolve(null, "2022-05-01", "hợp đồng").Signers, s => s.Delegation is not null);

        Assert.Equal(SigningForm.OnAuthorization, signer.Form);
        Assert.Equal(["TUQ. CHỦ TỊCH", "TRƯỞNG PHÒNG NỘI VỤ"], signer.SignatureBlock);
        Assert.DoesNotContain(l.Resolve(null, "2022-12-31", "Hợp đồng").Signers, s => s.Delegation is not null);
    }

    [Fact]
    public void Authorize_WithoutEndOrScope_RefusedByField()
    {
        var l = new LuongSon();

        Refused.ByField("valid_to", () => l.Authorize(l.OfficeHead, to: null));
        Refused.ByField("scope", () => l.Authorize(l.OfficeHead, scope: " "));
    }

    [Fact]
    public void Authorize_ADeputyOfTheSameUnit_Refused()
    {
        var l = new LuongSon();

        Refused.ByRule(DelegationRules.DelegatePosition, () => l.Authorize(l.Deputy1));
    }

    [Fact]
    public void PassOn_AnAuthorization_RefusedNoReauthorization()
    {
        var l = new LuongSon();
        var tuq = l.Authorize(l.OfficeHead);

        Refused.ByRule(DelegationRules.NoReauthorization,
            () => l.ByOrder(l.OfficeDeputy, ["Hợp đồng"], unit: l.Office, delegator: l.OfficeHead, passedFrom: tuq.Id));
    }
}
