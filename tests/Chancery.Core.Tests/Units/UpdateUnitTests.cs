using Chancery.Core.Units;
using Chancery.Core.Units.Commands;
using Chancery.Core.Time;

namespace Chancery.Core.Tests.Units;

/// <summary>An update changes attributes from an effective date to the end of the unit's existence.</summary>
public sealed class UpdateUnitTests
{
    [Fact]
    public void Update_FromDate_SplitsVersionInForce()
    {
        var h = new TestHierarchy();
        var unit = h.Unit("Thị trấn Lương Sơn", kind: UnitKind.Township);

        var updated = h.Run(c => UpdateUnit.Apply(c,
            h.Update(unit, UnitFields.Name | UnitFields.Kind, "2025-07-01") with { Name = "Xã Lương Sơn", Kind = UnitKind.Commune }));

        Assert.Equal(new Period(Day("2025-07-01"), null), updated.Version.Period);
        Assert.Collection(h[unit].Versions,
            v => Assert.Equal((new Period(Day(TestHierarchy.Epoch), Day("2025-07-01")), "Thị trấn Lương Sơn", UnitKind.Township), (v.Period, v.Name, v.Kind)),
            v => Assert.Equal((new Period(Day("2025-07-01"), null), "Xã Lương Sơn", UnitKind.Commune), (v.Period, v.Name, v.Kind)));
    }

    [Fact]
    public void Update_BeforeLaterVersions_LaterVersionsTakeChangeKeepTheirOtherAttributes()
    {
        var h = new TestHierarchy();
        var p1 = h.Unit("Tỉnh A");
        var p2 = h.Unit("Tỉnh B");
        var unit = h.Put(
            TestHierarchy.Version(TestHierarchy.Epoch, "2020-01-01", "Sở cũ", p1),
            TestHierarchy.Version("2020-01-01", null, "Sở cũ", p2));

        h.Rename(unit, "Sở mới", "2015-01-01");

        Assert.Collection(h[unit].Versions,
            v => Assert.Equal((Day(TestHierarchy.Epoch), "Sở cũ", p1), (v.From, v.Name, v.ParentId!.Value)),
            v => Assert.Equal((Day("2015-01-01"), "Sở mới", p1), (v.From, v.Name, v.ParentId!.Value)),
            v => Assert.Equal((Day("2020-01-01"), "Sở mới", p2), (v.From, v.Name, v.ParentId!.Value)));
    }

    [Fact]
    public void Update_FromDate_HistoryBeforeUnchanged()
    {
        var h = new TestHierarchy();
        var unit = h.Put(
            TestHierarchy.Version(TestHierarchy.Epoch, "2010-01-01", "Tên 1", code: "000.00.00.H01"),
            TestHierarchy.Version("2010-01-01", "2020-01-01", "Tên 2", code: "000.00.00.H02"),
            TestHierarchy.Version("2020-01-01", null, "Tên 3", code: "000.00.00.H03"));
        var before = h[unit].Versions.Take(2).Select(v => (v.Period, v.Attributes)).ToList();

        h.Rename(unit, "Tên 4", "2020-06-01");

        Assert.Equal(before, h[unit].Versions.Take(2).Select(v => (v.Period, v.Attributes)));
        Assert.Equal(["Tên 1", "Tên 2", "Tên 3", "Tên 4"], h[unit].Versions.Select(v => v.Name));
        Assert.Equal("000.00.00.H03", h[unit].Versions[^1].Code);
    }

    [Fact]
    public void Update_OnVersionBoundary_NoSplit()
    {
        var h = new TestHierarchy();
        var unit = h.Put(
            TestHierarchy.Version(TestHierarchy.Epoch, "2020-01-01", "Tên 1"),
            TestHierarchy.Version("2020-01-01", null, "Tên 2"));

        h.Rename(unit, "Tên 3", "2020-01-01");

        Assert.Equal(["Tên 1", "Tên 3"], h[unit].Versions.Select(v => v.Name));
    }

    [Fact]
    public void Update_ThatChangesNothing_NoNewVersionNothingToStore()
    {
        var h = new TestHierarchy();
        var unit = h.Unit("Xã Lương Sơn");
        var before = h[unit];

        var context = h.Context();
        var result = UpdateUnit.Apply(context, h.Update(unit, UnitFields.Name, "2025-07-01") with { Name = " Xã  Lương Sơn " });

        Assert.Empty(context.ChangedUnits());
        Assert.Single(result.Unit.Versions);
        Assert.Equal(before.Version, result.Unit.Version);
    }

    [Fact]
    public void Update_BackToEarlierValue_MergesWithPreviousVersion()
    {
        var h = new TestHierarchy();
        var unit = h.Put(
            TestHierarchy.Version(TestHierarchy.Epoch, "2020-01-01", "Tên 1"),
            TestHierarchy.Version("2020-01-01", null, "Tên 2"));

        h.Rename(unit, "Tên 1", "2020-01-01");

        var version = Assert.Single(h[unit].Versions);
        Assert.Equal(new Period(Day(TestHierarchy.Epoch), null), version.Period);
    }

    [Fact]
    public void Update_FutureEffectiveDate_TodayUnchangedChangeFromThatDay()
    {
        var h = new TestHierarchy { Today = Day("2025-05-01") };
        var unit = h.Unit("Thị trấn Lương Sơn");

        var updated = h.Rename(unit, "Xã Lương Sơn", "2025-07-01");

        Assert.Equal("Xã Lương Sơn", updated.Version.Name);
        Assert.Equal("Thị trấn Lương Sơn", h.Snapshot.Get(unit, h.Today)?.Version.Name);
        Assert.Equal("Xã Lương Sơn", h.Snapshot.Get(unit, Day("2025-07-01"))?.Version.Name);
    }

    [Fact]
    public void Update_NoEffectiveDate_FromToday()
    {
        var h = new TestHierarchy { Today = Day("2025-09-02") };
        var unit = h.Unit("Thị trấn Lương Sơn");

        var updated = h.Rename(unit, "Xã Lương Sơn", null);

        Assert.Equal(Day("2025-09-02"), updated.Version.From);
    }

    [Theory]
    [InlineData("2019-12-31")]
    [InlineData("2026-01-01")]
    [InlineData("2030-01-01")]
    public void Update_EffectiveDateOutsideExistence_Refused(string effective)
    {
        var h = new TestHierarchy();
        var unit = h.Unit("Xã Lương Sơn", from: "2020-01-01", to: "2026-01-01");

        Refused.ByRule("hierarchy.effective-date-in-period", () => h.Rename(unit, "Xã mới", effective));

        Assert.Single(h[unit].Versions);
    }

    [Theory]
    [InlineData("2020-01-01")]
    [InlineData("2025-12-31")]
    public void Update_EffectiveDateOnFirstOrLastDay_Allowed(string effective)
    {
        var h = new TestHierarchy();
        var unit = h.Unit("Xã Lương Sơn", from: "2020-01-01", to: "2026-01-01");

        h.Rename(unit, "Xã mới", effective);

        Assert.Equal("Xã mới", h[unit].Versions[^1].Name);
        Assert.Equal(Day("2026-01-01"), h[unit].Closed);
    }

    [Fact]
    public void Update_OnlyNamedFields_OthersKept()
    {
        var h = new TestHierarchy();
        var parent = h.Unit("Tỉnh Phú Thọ");
        var unit = h.Unit("Ủy ban nhân dân tỉnh", parent, code: "000.00.00.H30", kind: UnitKind.PeopleCommittee, shortName: "UBND tỉnh");

        var updated = h.Rename(unit, "UBND tỉnh Phú Thọ", "2025-07-01");

        Assert.Equal(new UnitAttributes("UBND tỉnh Phú Thọ", "UBND tỉnh", UnitKind.PeopleCommittee, parent, "000.00.00.H30"), updated.Version.Attributes);
    }

    [Fact]
    public void Update_EmptyShortNameAndCode_ClearsThem()
    {
        var h = new TestHierarchy();
        var unit = h.Unit("Ủy ban nhân dân tỉnh", code: "000.00.00.H30", shortName: "UBND tỉnh");

        var updated = h.Run(c => UpdateUnit.Apply(c, h.Update(unit, UnitFields.ShortName | UnitFields.Code, "2025-07-01")));

        Assert.Null(updated.Version.ShortName);
        Assert.Null(updated.Version.Code);
        Assert.Equal("000.00.00.H30", h.Snapshot.Get(unit, Day("2025-06-30"))?.Version.Code);
    }
}
