using Chancery.Core.Delegations;

namespace Chancery.Core.Tests.Delegations;

/// <summary>Two deputies holding the same field of the same unit on the same date.</summary>
public sealed class OverlapTests
{
    [Fact]
    public void Assign_FieldAnotherDeputyHolds_RefusedNamingTheOther()
    {
        var l = new LuongSon();
        var first = l.Assign(l.Deputy1, ["noi-vu", "y-te"], to: "2023-01-01");

        var error = Refused.ByRule(DelegationRules.FieldOverlap, () => l.Assign(l.Deputy2, ["y-te"], from: "2022-06-01"));

        Assert.Contains(first.Subject, error.Violations.Single().Description);
    }

    [Fact]
    public void Assign_SameFieldAfterTheOtherEnds_Allowed()
    {
        var l = new LuongSon();
        l.Assign(l.Deputy1, ["y-te"], to: "2023-01-01");

        l.Assign(l.Deputy2, ["y-te"], from: "2023-01-01");

        Assert.Empty(DelegationQueries.Overlaps(l.S.Snapshot, l.Committee, Day("2023-01-01")));
    }

    [Fact]
    public void Assign_OverlapOnPurpose_AllowedAndListed()
    {
        var l = new LuongSon();
        l.Assign(l.Deputy1, ["y-te"]);

        Refused.ByField("reason", () => l.Assign(l.Deputy2, ["y-te"], onPurpose: true));
        var second = l.Assign(l.Deputy2, ["y-te"], onPurpose: true, reason: "Cùng phụ trách phòng chống dịch");

        Assert.Equal("Cùng phụ trách phòng chống dịch", second.OverlapReason);
        var conflict = Assert.Single(DelegationQueries.Overlaps(l.S.Snapshot, l.Committee, Day("2022-02-01")));
        Assert.Equal(("y-te", 2), (conflict.FieldCode, conflict.Delegations.Count));
        Assert.Equal(3, l.Resolve("y-te", "2022-02-01").Signers.Count);
    }
}
