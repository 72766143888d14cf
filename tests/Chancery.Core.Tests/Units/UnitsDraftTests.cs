using Chancery.Core.Units;

namespace Chancery.Core.Tests.Units;

/// <summary>The draft lays pending changes over a snapshot; the rules read it, so it must see them.</summary>
public sealed class UnitsDraftTests
{
    private readonly SampleTree tree = new();

    [Fact]
    public void ChildVersions_NewChildInDraft_Included()
    {
        var draft = new UnitsDraft(tree.Snapshot);
        var id = Guid.NewGuid();
        draft.Put(new UnitState(id, 1, [TestHierarchy.Version("2025-07-01", null, "Sở Tài chính", tree.PhuTho)]));

        var children = draft.ChildVersions(tree.PhuTho).Select(c => c.Child.Id).ToList();

        Assert.Contains(id, children);
        Assert.Contains(tree.HomeAffairs, children);
        Assert.DoesNotContain(id, tree.Snapshot.ChildEdges(tree.PhuTho).ToArray().Select(e => e.Child.Id));
    }

    [Fact]
    public void ChildVersions_ChildMovedAwayInDraft_OnlyItsVersionsBelowOldParent()
    {
        var draft = new UnitsDraft(tree.Snapshot);
        draft.Put(draft.Get(tree.HomeAffairs).ChangeFrom(Day("2025-07-01"), a => a with { ParentId = tree.AnGiang }));

        var belowPhuTho = draft.ChildVersions(tree.PhuTho).Where(c => c.Child.Id == tree.HomeAffairs).Select(c => c.Version.Period).ToList();
        var belowAnGiang = draft.ChildVersions(tree.AnGiang).Where(c => c.Child.Id == tree.HomeAffairs).Select(c => c.Version.Period).ToList();

        Assert.Equal([new Chancery.Core.Time.Period(Day(TestHierarchy.Epoch), Day("2025-07-01"))], belowPhuTho);
        Assert.Equal([new Chancery.Core.Time.Period(Day("2025-07-01"), null)], belowAnGiang);
    }

    [Fact]
    public void ChildVersions_UnitPutTwice_OnlyLatestStateCounts()
    {
        var draft = new UnitsDraft(tree.Snapshot);
        var original = draft.Get(tree.Office);
        draft.Put(original.ChangeFrom(Day(TestHierarchy.Epoch), a => a with { ParentId = tree.AnGiang }));
        draft.Put(original.ChangeFrom(Day(TestHierarchy.Epoch), a => a with { ParentId = tree.BacNinh }));

        Assert.DoesNotContain(draft.ChildVersions(tree.Committee), c => c.Child.Id == tree.Office);
        Assert.DoesNotContain(draft.ChildVersions(tree.AnGiang), c => c.Child.Id == tree.Office);
        Assert.Single(draft.ChildVersions(tree.BacNinh), c => c.Child.Id == tree.Office);
    }

    [Fact]
    public void ChildVersions_TopLevel_SeesDraftedTopLevelUnit()
    {
        var draft = new UnitsDraft(tree.Snapshot);
        draft.Put(draft.Get(tree.HomeAffairs).ChangeFrom(Day("2025-07-01"), a => a with { ParentId = null }));

        Assert.Contains(draft.ChildVersions(null), c => c.Child.Id == tree.HomeAffairs && c.Version.From == Day("2025-07-01"));
        Assert.Contains(draft.ChildVersions(null), c => c.Child.Id == tree.PhuTho);
    }

    [Fact]
    public void UnitsWithCode_CodeGivenInDraft_Included()
    {
        var draft = new UnitsDraft(tree.Snapshot);
        draft.Put(draft.Get(tree.AnGiang).ChangeFrom(Day("2025-07-01"), a => a with { Code = "000.00.00.H89" }));

        Assert.Equal([tree.AnGiang], draft.UnitsWithCode("000.00.00.H89").Select(u => u.Id));
        Assert.Empty(tree.Snapshot.UnitsWithCode("000.00.00.H89"));
    }

    [Fact]
    public void UnitsWithCode_CodeRemovedInDraft_Excluded()
    {
        var draft = new UnitsDraft(tree.Snapshot);
        draft.Put(draft.Get(tree.PhuTho).ChangeFrom(Day(TestHierarchy.Epoch), a => a with { Code = null }));

        Assert.Empty(draft.UnitsWithCode("000.00.00.H30"));
        Assert.Equal([tree.PhuTho], tree.Snapshot.UnitsWithCode("000.00.00.H30"));
    }

    [Fact]
    public void UnitsWithCode_UnitChangedOtherwise_StillOnceInDraftedState()
    {
        var draft = new UnitsDraft(tree.Snapshot);
        draft.Put(draft.Get(tree.PhuTho).ChangeFrom(Day("2025-07-01"), a => a with { Name = "Tỉnh Phú Thọ mới" }));

        var holder = Assert.Single(draft.UnitsWithCode("000.00.00.H30"));
        Assert.Equal(2, holder.Versions.Count);
    }

    [Fact]
    public void UnitsWithCode_CodeMovedBetweenUnitsInDraft_NewHolderOnly()
    {
        var draft = new UnitsDraft(tree.Snapshot);
        draft.Put(draft.Get(tree.HomeAffairs).ChangeFrom(Day(TestHierarchy.Epoch), a => a with { Code = "000.00.04.G15" }));
        draft.Put(draft.Get(tree.Office).ChangeFrom(Day(TestHierarchy.Epoch), a => a with { Code = "000.00.04.G14" }));

        Assert.Equal([tree.Office], draft.UnitsWithCode("000.00.04.G14").Select(u => u.Id));
        Assert.Equal([tree.HomeAffairs], draft.UnitsWithCode("000.00.04.G15").Select(u => u.Id));
    }

    [Fact]
    public void UnitsWithCode_CodeChangedByLaterPutInDraft_OnlyNewCode()
    {
        var draft = new UnitsDraft(tree.Snapshot);
        var original = draft.Get(tree.AnGiang);
        draft.Put(original.ChangeFrom(Day("2025-07-01"), a => a with { Code = "000.00.00.H89" }));
        draft.Put(original.ChangeFrom(Day("2025-07-01"), a => a with { Code = "000.00.00.H90" }));

        Assert.Empty(draft.UnitsWithCode("000.00.00.H89"));
        Assert.Equal([tree.AnGiang], draft.UnitsWithCode("000.00.00.H90").Select(u => u.Id));
    }

    [Fact]
    public void Put_NewAndChangedUnits_FindOriginalAndChanged()
    {
        var draft = new UnitsDraft(tree.Snapshot);
        var id = Guid.NewGuid();
        var created = new UnitState(id, 1, [TestHierarchy.Version("2025-07-01", null, "Sở Tài chính", tree.PhuTho)]);
        var renamed = draft.Get(tree.HomeAffairs).ChangeFrom(Day("2025-07-01"), a => a with { Name = "Ban Nội vụ" });
        draft.Put(created);
        draft.Put(renamed);

        Assert.Same(created, draft.Find(id));
        Assert.Null(draft.Original(id));
        Assert.Same(renamed, draft.Find(tree.HomeAffairs));
        Assert.Same(tree.Snapshot.Find(tree.HomeAffairs), draft.Original(tree.HomeAffairs));
        Assert.True(draft.IsChanged(tree.HomeAffairs));
        Assert.False(draft.IsChanged(tree.PhuTho));
        Assert.Equal(2, draft.Changed.Count);
        Assert.Equal("Sở Nội vụ", tree.Snapshot.Get(tree.HomeAffairs, Day("2025-07-01"))?.Version.Name);
    }

    [Fact]
    public void IsWithin_UnitMovedInDraft_JudgedOnDraftedParents()
    {
        var draft = new UnitsDraft(tree.Snapshot);
        draft.Put(draft.Get(tree.Committee).ChangeFrom(Day("2025-07-01"), a => a with { ParentId = tree.AnGiang }));

        Assert.True(draft.IsWithin(tree.Office, tree.PhuTho, Day("2025-06-30")));
        Assert.False(draft.IsWithin(tree.Office, tree.PhuTho, Day("2025-07-01")));
        Assert.True(draft.IsWithin(tree.Office, tree.AnGiang, Day("2025-07-01")));
        Assert.True(draft.IsWithin(tree.Office, tree.Office, Day("2025-07-01")));
    }

    [Fact]
    public void Get_MissingUnit_NotFound() =>
        Assert.Throws<Chancery.Core.Errors.NotFoundException>(() => new UnitsDraft(tree.Snapshot).Get(Guid.NewGuid()));
}
