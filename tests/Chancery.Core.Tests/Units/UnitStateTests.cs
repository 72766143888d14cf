using Chancery.Core.Errors;
using Chancery.Core.Units;

namespace Chancery.Core.Tests.Units;

/// <summary>The pure history operations under the commands: ChangeFrom and CloseOn.</summary>
public sealed class UnitStateTests
{
    private static readonly Guid Id = Guid.Parse("00000000-0000-0000-0000-0000000000aa");

    private static UnitState State(params UnitVersionState[] versions) => new(Id, 5, versions);

    [Fact]
    public void ChangeFrom_InsideVersion_SplitsItAndRaisesVersion()
    {
        var unit = State(TestHierarchy.Version("2000-01-01", null, "A"));

        var changed = unit.ChangeFrom(Day("2025-07-01"), a => a with { Name = "B" });

        Assert.Equal(6, changed.Version);
        Assert.Equal([("A", Day("2000-01-01"), (DateOnly?)Day("2025-07-01")), ("B", Day("2025-07-01"), null)],
            changed.Versions.Select(v => (v.Name, v.From, v.To)));
        Assert.Single(unit.Versions);
    }

    [Fact]
    public void ChangeFrom_ClosedUnit_KeepsClosingDate()
    {
        var unit = State(TestHierarchy.Version("2000-01-01", "2030-01-01", "A"));

        var changed = unit.ChangeFrom(Day("2025-07-01"), a => a with { Name = "B" });

        Assert.Equal(Day("2030-01-01"), changed.Closed);
    }

    [Fact]
    public void ChangeFrom_IdentityChange_SameVersionsAsBefore()
    {
        var unit = State(
            TestHierarchy.Version("2000-01-01", "2010-01-01", "A"),
            TestHierarchy.Version("2010-01-01", null, "B"));

        var changed = unit.ChangeFrom(Day("2005-01-01"), a => a);

        Assert.True(changed.SameVersionsAs(unit));
        Assert.Equal(2, changed.Versions.Count);
        Assert.Equal(unit.Version, changed.Version);
    }

    [Fact]
    public void ChangeFrom_OnEstablishment_ChangesWholeHistory()
    {
        var unit = State(
            TestHierarchy.Version("2000-01-01", "2010-01-01", "A"),
            TestHierarchy.Version("2010-01-01", null, "B"));

        var changed = unit.ChangeFrom(Day("2000-01-01"), a => a with { Name = "C" });

        var version = Assert.Single(changed.Versions);
        Assert.Equal(("C", Day("2000-01-01"), (DateOnly?)null), (version.Name, version.From, version.To));
    }

    [Theory]
    [InlineData("1999-12-31")]
    [InlineData("2030-01-01")]
    public void ChangeFrom_OutsideExistence_Refused(string effective)
    {
        var unit = State(TestHierarchy.Version("2000-01-01", "2030-01-01", "A"));

        var error = Assert.Throws<RuleViolationException>(() => unit.ChangeFrom(Day(effective), a => a with { Name = "B" }));

        Assert.Equal("hierarchy.effective-date-in-period", error.Violations.Single().Rule);
    }

    [Fact]
    public void CloseOn_EndsLastKeptVersion()
    {
        var unit = State(
            TestHierarchy.Version("2000-01-01", "2010-01-01", "A"),
            TestHierarchy.Version("2010-01-01", null, "B"));

        var closed = unit.CloseOn(Day("2010-01-01"));

        var version = Assert.Single(closed.Versions);
        Assert.Equal(("A", Day("2010-01-01")), (version.Name, version.To!.Value));
        Assert.Equal(6, closed.Version);
    }

    [Fact]
    public void At_HalfOpenPeriods_VersionInForceOrNull()
    {
        var unit = State(
            TestHierarchy.Version("2000-01-01", "2010-01-01", "A"),
            TestHierarchy.Version("2010-01-01", "2020-01-01", "B"));

        Assert.Null(unit.At(Day("1999-12-31")));
        Assert.Equal("A", unit.At(Day("2000-01-01"))?.Name);
        Assert.Equal("A", unit.At(Day("2009-12-31"))?.Name);
        Assert.Equal("B", unit.At(Day("2010-01-01"))?.Name);
        Assert.Equal("B", unit.At(Day("2019-12-31"))?.Name);
        Assert.Null(unit.At(Day("2020-01-01")));
    }
}
