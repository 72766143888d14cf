namespace Chancery.Core.Tests.Units;

public sealed class SnapshotChildrenTests
{
    private readonly SampleTree tree = new();

    [Fact]
    public void Children_TopLevelToday_VietnameseAlphabeticalOrder()
    {
        var names = tree.Snapshot.Children(null, SampleTree.Reform).Select(v => v.Version.Name);

        Assert.Equal(["An Giang", "Bắc Ninh", "Đà Nẵng", "Hà Nội", "Tỉnh Phú Thọ"], names);
    }

    [Fact]
    public void Children_TopLevelInPast_IncludesUnitClosedSince()
    {
        var names = tree.Snapshot.Children(null, SampleTree.Before).Select(v => v.Version.Name);

        Assert.Equal(["An Giang", "Bắc Ninh", "Đà Nẵng", "Hà Nội", "Tỉnh Hòa Bình", "Tỉnh Phú Thọ"], names);
    }

    [Fact]
    public void Children_UnitThatGainsChild_OnlyFromThatDay()
    {
        Assert.Equal(["Sở Nội vụ", "Ủy ban nhân dân tỉnh Phú Thọ"],
            tree.Snapshot.Children(tree.PhuTho, SampleTree.Before).Select(v => v.Version.Name));
        Assert.Equal(["Sở Nội vụ", "Ủy ban nhân dân tỉnh Phú Thọ", "Xã Lương Sơn"],
            tree.Snapshot.Children(tree.PhuTho, SampleTree.Reform).Select(v => v.Version.Name));
    }

    [Fact]
    public void Children_ClosedDistrict_ChildrenBeforeNoneAfter()
    {
        Assert.Equal(["Thị trấn Lương Sơn", "Xã Cư Yên"],
            tree.Snapshot.Children(tree.HuyenLuongSon, SampleTree.Before).Select(v => v.Version.Name));
        Assert.Empty(tree.Snapshot.Children(tree.HuyenLuongSon, SampleTree.Reform));
    }

    [Fact]
    public void Children_Leaf_Empty() => Assert.Empty(tree.Snapshot.Children(tree.Office, SampleTree.Reform));
}
