using Chancery.Core.Errors;
using Chancery.Core.Positions;
using Chancery.Core.Registry;
using Chancery.Core.Units;

namespace Chancery.Core.Tests.Registry;

/// <summary>A write's drafts, one per part, created only when a command asks; effects raised to every part.</summary>
public sealed class WriteContextTests
{
    [Fact]
    public void WriteContext_New_NoPartHasDraft()
    {
        var context = new WriteContext(RegistrySnapshot.Empty, Day("2025-10-01"), "test");

        Assert.All(RegistryParts.All, p => Assert.False(context.HasDraft(p)));
    }

    [Fact]
    public void Draft_AskedFor_CreatedForThatPartOnly()
    {
        var context = new WriteContext(RegistrySnapshot.Empty, Day("2025-10-01"), "test");

        var draft = context.Positions;

        Assert.True(context.HasDraft<PositionsDraft>());
        Assert.Equal(
            RegistryParts.All.Select(p => p is PositionsPart),
            RegistryParts.All.Select(context.HasDraft));
        Assert.Same(draft, context.Positions);
    }

    [Fact]
    public void Draft_OverSnapshotsSlice_BaselineIsTheSlice()
    {
        var slice = PositionsSnapshot.Build([], [], []);
        var context = new WriteContext(RegistrySnapshot.Empty.With(slice), Day("2025-10-01"), "test");

        Assert.Same(slice, context.Positions.Baseline);
    }

    [Fact]
    public void HasDraft_UnregisteredPart_Refused()
    {
        var context = new WriteContext(RegistrySnapshot.Empty, Day("2025-10-01"), "test");

        Assert.Throws<InvalidOperationException>(() => context.HasDraft(new UnitsPart()));
    }

    [Fact]
    public void Raise_EffectNoPartReactsTo_NoDraftCreated()
    {
        var context = new WriteContext(RegistrySnapshot.Empty, Day("2025-10-01"), "test");

        context.Raise(new SomethingHappened());

        Assert.All(RegistryParts.All, p => Assert.False(context.HasDraft(p)));
    }

    [Fact]
    public void CheckRules_NothingDrafted_NoDraftCreated()
    {
        var context = new WriteContext(RegistrySnapshot.Empty, Day("2025-10-01"), "test");

        context.CheckRules();

        Assert.All(RegistryParts.All, p => Assert.False(context.HasDraft(p)));
    }

    [Fact]
    public void CheckRules_UnitDraftedAlone_PositionsRulesCheckTheUnitsPositions()
    {
        var s = new TestStaffing();
        var district = s.Unit("Ủy ban nhân dân huyện Lương Sơn");
        s.PositionIn(district);
        var context = s.Context();
        context.Units.Put(context.Units.Get(district).CloseOn(Day("2025-07-01")));

        var error = Assert.Throws<RuleViolationException>(() => context.CheckRules());

        Assert.Contains(error.Violations, v => v.Rule == PositionRules.PositionInUnit);
    }

    private sealed record SomethingHappened : RegistryEffect;
}
