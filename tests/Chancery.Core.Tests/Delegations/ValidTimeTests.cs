using Chancery.Core.Delegations;
using Chancery.Core.Positions;

namespace Chancery.Core.Tests.Delegations;

/// <summary>A delegation lasts while both sides hold their appointments; revocation ends it from a date.</summary>
public sealed class ValidTimeTests
{
    [Fact]
    public void Effective_EndsWithTheDelegatesAppointment_WithoutTouchingTheDelegation()
    {
        var l = new LuongSon();
        var d = l.Assign(l.Deputy1, ["noi-vu"]);
        var ended = l.S.Appointment(l.Deputy1Appointment) with { To = Day("2024-03-01") };

        var effective = DelegationPeriods.Effective(d, id => id == ended.Id ? ended : l.S.Snapshot.Positions.FindAppointment(id), _ => null);

        Assert.Equal(Day("2024-03-01"), effective.To);
    }

    [Fact]
    public void EndAppointment_OfTheHead_ResolveChangesThatDay()
    {
        var l = new LuongSon();
        var d = l.Assign(l.Deputy1, ["noi-vu"]);

        l.S.EndAppointment(l.ChairAppointment, "2024-03-01");

        Assert.Contains(l.Resolve("noi-vu", "2024-02-29").Signers, s => s.Official.Id == l.Deputy1);
        var after = l.Resolve("noi-vu", "2024-03-01");
        Assert.Empty(after.Signers);
        Assert.True(after.HeadVacant);
        Assert.Equal((Day("2024-03-01"), 2L), (l.S.Delegation(d.Id).To!.Value, l.S.Delegation(d.Id).Version));
    }

    [Fact]
    public void ClosePosition_OfTheDeputy_EndsThePassOnToo()
    {
        var l = new LuongSon();
        var grant = l.ByOrder(l.OfficeHead, ["Công văn"]);
        var passed = l.ByOrder(l.OfficeDeputy, ["Công văn"], unit: l.Office, delegator: l.OfficeHead, passedFrom: grant.Id);

        l.S.ClosePosition(l.OfficeHeadPosition, "2024-01-01", endAppointments: true);

        Assert.Equal(Day("2024-01-01"), l.S.Delegation(passed.Id).To);
        Assert.DoesNotContain(l.Resolve(null, "2024-01-01", "Công văn").Signers, s => s.Delegation is not null);
    }

    [Fact]
    public void Acting_Head_SignsWithQ()
    {
        var l = new LuongSon();
        l.S.EndAppointment(l.ChairAppointment, "2024-03-01");
        l.S.AppointmentOf(l.Deputy1, l.ChairPosition, AppointmentKind.Acting, from: "2024-03-01");

        var head = Assert.Single(l.Resolve(null, "2024-03-01").Signers);

        Assert.Equal((SigningForm.Acting, l.Deputy1), (head.Form, head.Official.Id));
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "Q. CHỦ TỊCH"], head.SignatureBlock);
    }

    [Fact]
    public void Revoke_FromADate_ResolveChangesThatDay()
    {
        var l = new LuongSon();
        var d = l.Assign(l.Deputy1, ["noi-vu"]);

        l.S.Run(c => DelegationChanges.Revoke(c, d.Id, 1, Day("2023-05-01")));

        Assert.Contains(l.Resolve("noi-vu", "2023-04-30").Signers, s => s.Official.Id == l.Deputy1);
        Assert.DoesNotContain(l.Resolve("noi-vu", "2023-05-01").Signers, s => s.Official.Id == l.Deputy1);
    }

    [Fact]
    public void Revoke_OnItsStart_OnlyBeforeItBegins()
    {
        var l = new LuongSon();
        var started = l.Assign(l.Deputy1, ["noi-vu"], from: "2022-01-01");
        var future = l.Assign(l.Deputy2, ["y-te"], from: "2026-01-01");

        Refused.ByRule(DelegationRules.RevokeInPeriod, () => l.S.Run(c => DelegationChanges.Revoke(c, started.Id, 1, Day("2022-01-01"))));
        var cancelled = l.S.Run(c => DelegationChanges.Revoke(c, future.Id, 1, Day("2026-01-01")));

        Assert.True(cancelled.Own.IsEmpty);
    }

    [Fact]
    public void Revoke_StaleVersion_Refused()
    {
        var l = new LuongSon();
        var d = l.Assign(l.Deputy1, ["noi-vu"]);

        Assert.Throws<Errors.StaleVersionException>(() => l.S.Run(c => DelegationChanges.Revoke(c, d.Id, 2, Day("2023-05-01"))));
    }
}
