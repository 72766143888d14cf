namespace Chancery.Core.Tests.Units;

public sealed class SnapshotAncestorsTests
{
    private readonly SampleTree tree = new();

    [Fact]
    public void Ancestors_BeforeAndAfterMove_PathOfThatDayTopFirst()
    {
        var before = tree.Snapshot.Ancestors(tree.View(tree.LuongSon, SampleTree.Before), SampleTree.Before);
        var after = tree.Snapshot.Ancestors(tree.View(tree.LuongSon, SampleTree.Reform), SampleTree.Reform);

        Assert.Equal([tree.HoaBinh, tree.HuyenLuongSon], before.Select(v => v.Unit.Id));
        Assert.Equal([tree.PhuTho], after.Select(v => v.Unit.Id));
    }

    [Fact]
    public void Ancestors_DeepUnit_TopFirstDownToParent()
    {
        var path = tree.Snapshot.Ancestors(tree.View(tree.Office, SampleTree.Reform), SampleTree.Reform);

        Assert.Equal(["Tỉnh Phú Thọ", "Ủy ban nhân dân tỉnh Phú Thọ"], path.Select(v => v.Version.Name));
    }

    [Fact]
    public void Ancestors_TopLevelUnit_Empty() =>
        Assert.Empty(tree.Snapshot.Ancestors(tree.View(tree.PhuTho, SampleTree.Reform), SampleTree.Reform));

    [Fact]
    public void Ancestors_AfterParentRenamed_ParentsNameOfThatDay()
    {
        var h = tree.H;
        h.Rename(tree.PhuTho, "Tỉnh Phú Thọ (mới)", "2025-07-01");

        var before = h.Snapshot.Ancestors(h.Snapshot.Get(tree.Office, SampleTree.Before)!.Value, SampleTree.Before);
        var after = h.Snapshot.Ancestors(h.Snapshot.Get(tree.Office, SampleTree.Reform)!.Value, SampleTree.Reform);

        Assert.Equal("Tỉnh Phú Thọ", before[0].Version.Name);
        Assert.Equal("Tỉnh Phú Thọ (mới)", after[0].Version.Name);
    }
}
