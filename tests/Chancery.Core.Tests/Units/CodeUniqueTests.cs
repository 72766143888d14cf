using Chancery.Core.Units;
using Chancery.Core.Tests.Support;

namespace Chancery.Core.Tests.Units;

/// <summary>A code is unique among the units valid on the same date (hierarchy.code-unique).</summary>
public sealed class CodeUniqueTests
{
    private const string H30 = "000.00.00.H30";

    [Fact]
    public void Create_CodeOfUnitValidOnSameDate_Refused()
    {
        var h = new TestHierarchy();
        var holder = h.Unit("Tỉnh Vĩnh Phúc", code: H30);

        var error = Refused.ByRule(UnitRules.CodeUnique, () => h.Create("Tỉnh Phú Thọ", code: H30, from: "2025-07-01"));

        Assert.Contains(Subjects.Unit(holder), error.Violations.Single().Description, StringComparison.Ordinal);
        Assert.Equal(1, h.Snapshot.Count);
    }

    [Fact]
    public void Create_TakenCodeInLowerCase_Refused()
    {
        var h = new TestHierarchy();
        h.Unit("Tỉnh Vĩnh Phúc", code: H30);

        Refused.ByRule(UnitRules.CodeUnique, () => h.Create("Tỉnh Phú Thọ", code: "000.00.00.h30"));
    }

    [Fact]
    public void Create_CodeOfUnitClosedBefore_Allowed()
    {
        var h = new TestHierarchy();
        var old = h.Unit("Tỉnh Vĩnh Phúc", code: H30, to: "2025-07-01");

        var created = h.Create("Tỉnh Phú Thọ", code: H30, from: "2025-07-01");

        Assert.Equal(old, h.Snapshot.GetByCode(H30, Day("2025-06-30"))?.Unit.Id);
        Assert.Equal(created.Unit.Id, h.Snapshot.GetByCode(H30, Day("2025-07-01"))?.Unit.Id);
    }

    [Fact]
    public void Create_CodeOfUnitClosingAfterNewUnitStarts_Refused()
    {
        var h = new TestHierarchy();
        h.Unit("Tỉnh Vĩnh Phúc", code: H30, to: "2025-07-02");

        Refused.ByRule(UnitRules.CodeUnique, () => h.Create("Tỉnh Phú Thọ", code: H30, from: "2025-07-01"));
    }

    [Fact]
    public void Create_CodeThatAnotherUnitTakesInFuture_Refused()
    {
        var h = new TestHierarchy();
        h.Unit("Tỉnh Phú Thọ (mới)", code: H30, from: "2030-01-01");

        Refused.ByRule(UnitRules.CodeUnique, () => h.Create("Tỉnh Phú Thọ", code: H30, from: "2025-07-01"));
    }

    [Fact]
    public void Create_CodeThatAnotherUnitGaveUp_AllowedAfterRefusedBefore()
    {
        var h = new TestHierarchy();
        h.Put(
            TestHierarchy.Version("2000-01-01", "2020-01-01", "Sở Nội vụ", code: H30),
            TestHierarchy.Version("2020-01-01", null, "Sở Nội vụ", code: "000.00.00.H31"));

        Refused.ByRule(UnitRules.CodeUnique, () => h.Create("Sở Tư pháp", code: H30, from: "2019-12-31"));
        var created = h.Create("Sở Tư pháp", code: H30, from: "2020-01-01");

        Assert.Equal(created.Unit.Id, h.Snapshot.GetByCode(H30, Day("2020-01-01"))?.Unit.Id);
    }

    [Fact]
    public void Create_UnitsWithoutCode_Allowed()
    {
        var h = new TestHierarchy();
        var parent = h.Unit("Tỉnh Phú Thọ", code: H30);

        h.Create("Văn phòng", parent);
        h.Create("Phòng Tổ chức", parent);
        h.Create("Phòng Tài chính", parent, code: "");

        Assert.Equal(3, h.Snapshot.Children(parent, h.Today).Count);
    }

    [Fact]
    public void Update_CodeTakenByUnitValidOnEffectiveDate_Refused()
    {
        var h = new TestHierarchy();
        h.Unit("Tỉnh Vĩnh Phúc", code: H30);
        var other = h.Unit("Tỉnh Phú Thọ", code: "000.00.00.H44");

        Refused.ByRule(UnitRules.CodeUnique, () => h.SetCode(other, H30, "2025-07-01"));

        Assert.Equal("000.00.00.H44", h[other].Versions.Single().Code);
    }

    [Fact]
    public void Update_CodeFromDayHolderCloses_Allowed()
    {
        var h = new TestHierarchy();
        h.Unit("Tỉnh Vĩnh Phúc", code: H30, to: "2025-07-01");
        var other = h.Unit("Tỉnh Phú Thọ", code: "000.00.00.H44");

        var updated = h.SetCode(other, H30, "2025-07-01");

        Assert.Equal(H30, updated.Version.Code);
        Assert.Equal("000.00.00.H44", h.Snapshot.Get(other, Day("2025-06-30"))?.Version.Code);
    }

    [Fact]
    public void Update_NameOfUnitKeepingItsCode_NoClashWithItself()
    {
        var h = new TestHierarchy();
        var unit = h.Unit("Tỉnh Phú Thọ", code: H30);

        var renamed = h.Rename(unit, "Tỉnh Phú Thọ mới", "2025-07-01");

        Assert.Equal(2, h[unit].Versions.Count);
        Assert.Equal(H30, renamed.Version.Code);
    }
}
