namespace Chancery.Core.Tests.Units;

public sealed class SnapshotSubtreeTests
{
    private readonly SampleTree tree = new();

    [Fact]
    public void Subtree_Today_PreOrderChildrenInNameOrderWithDepth()
    {
        var items = tree.Snapshot.Subtree(tree.View(tree.PhuTho, SampleTree.Reform), SampleTree.Reform, 0);

        Assert.Equal(
            [("Tỉnh Phú Thọ", 0), ("Sở Nội vụ", 1), ("Ủy ban nhân dân tỉnh Phú Thọ", 1), ("Văn phòng UBND tỉnh", 2), ("Xã Lương Sơn", 1)],
            items.Select(i => (i.View.Version.Name, i.Depth)));
    }

    [Fact]
    public void Subtree_InPast_TreeOfThatDay()
    {
        var items = tree.Snapshot.Subtree(tree.View(tree.HoaBinh, SampleTree.Before), SampleTree.Before, 0);

        Assert.Equal(
            [("Tỉnh Hòa Bình", 0), ("Huyện Lương Sơn", 1), ("Thị trấn Lương Sơn", 2), ("Xã Cư Yên", 2)],
            items.Select(i => (i.View.Version.Name, i.Depth)));
        Assert.DoesNotContain(tree.Snapshot.Subtree(tree.View(tree.PhuTho, SampleTree.Before), SampleTree.Before, 0),
            i => i.View.Unit.Id == tree.LuongSon);
    }

    [Fact]
    public void Subtree_DepthOne_TopAndChildrenOnly()
    {
        var items = tree.Snapshot.Subtree(tree.View(tree.PhuTho, SampleTree.Reform), SampleTree.Reform, 1).ToList();

        Assert.Equal(["Tỉnh Phú Thọ", "Sở Nội vụ", "Ủy ban nhân dân tỉnh Phú Thọ", "Xã Lương Sơn"], items.Select(i => i.View.Version.Name));
        Assert.All(items, i => Assert.True(i.Depth <= 1));
    }

    [Fact]
    public void Subtree_DepthTwo_AllOfThisTree()
    {
        var limited = tree.Snapshot.Subtree(tree.View(tree.PhuTho, SampleTree.Reform), SampleTree.Reform, 2);
        var unlimited = tree.Snapshot.Subtree(tree.View(tree.PhuTho, SampleTree.Reform), SampleTree.Reform, 0);

        Assert.Equal(unlimited.Select(i => i.View.Unit.Id), limited.Select(i => i.View.Unit.Id));
    }

    [Fact]
    public void Subtree_NegativeDepth_Unlimited() =>
        Assert.Equal(5, tree.Snapshot.Subtree(tree.View(tree.PhuTho, SampleTree.Reform), SampleTree.Reform, -1).Count());

    [Fact]
    public void Subtree_Leaf_JustTheUnit() =>
        Assert.Equal([tree.Office], tree.Snapshot.Subtree(tree.View(tree.Office, SampleTree.Reform), SampleTree.Reform, 0).Select(i => i.View.Unit.Id));
}
