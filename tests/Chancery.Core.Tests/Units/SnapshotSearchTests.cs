using Chancery.Core.Units;

namespace Chancery.Core.Tests.Units;

public sealed class SnapshotSearchTests
{
    private readonly SampleTree tree = new();

    [Theory]
    [InlineData("luong son")]
    [InlineData("LƯƠNG SƠN")]
    [InlineData("Lương Sơn")]
    [InlineData("Lu\u031Bo\u031Bng So\u031Bn")]
    [InlineData("  son   LUONG ")]
    public void Search_AnySpelling_FindsLuongSon(string query)
    {
        var found = tree.Snapshot.Search(query, SampleTree.Reform, null, null);

        Assert.Equal([tree.LuongSon], found.Select(v => v.Unit.Id));
    }

    [Fact]
    public void Search_InPast_NamesAndUnitsOfThatDay()
    {
        var found = tree.Snapshot.Search("lương sơn", SampleTree.Before, null, null);

        Assert.Equal(["Huyện Lương Sơn", "Thị trấn Lương Sơn"], found.Select(v => v.Version.Name));
    }

    [Fact]
    public void Search_DStrokeFolded_FindsDaNang()
    {
        Assert.Equal([tree.DaNang], tree.Snapshot.Search("đa nang", SampleTree.Reform, null, null).Select(v => v.Unit.Id));
        Assert.Equal([tree.DaNang], tree.Snapshot.Search("DA NANG", SampleTree.Reform, null, null).Select(v => v.Unit.Id));
    }

    [Fact]
    public void Search_ManyMatches_VietnameseAlphabeticalOrder()
    {
        var h = new TestHierarchy();
        foreach (var name in new[] { "Sở Hà Nội", "Sở Đà Nẵng", "Sở Bắc Ninh", "Sở An Giang", "Sở Dak Lak" })
        {
            h.Unit(name);
        }

        var found = h.Snapshot.Search("so", h.Today, null, null);

        Assert.Equal(["Sở An Giang", "Sở Bắc Ninh", "Sở Dak Lak", "Sở Đà Nẵng", "Sở Hà Nội"], found.Select(v => v.Version.Name));
    }

    [Fact]
    public void Search_KindFilter_OnlyThoseKinds()
    {
        var districts = tree.Snapshot.Search("luong son", SampleTree.Before, new HashSet<UnitKind> { UnitKind.District }, null);
        var any = tree.Snapshot.Search("luong son", SampleTree.Before, new HashSet<UnitKind>(), null);

        Assert.Equal([tree.HuyenLuongSon], districts.Select(v => v.Unit.Id));
        Assert.Equal(2, any.Count);
    }

    [Fact]
    public void Search_WithinSubtree_OnlyUnitsBelowItThatDay()
    {
        Assert.Empty(tree.Snapshot.Search("luong son", SampleTree.Before, null, tree.PhuTho));
        Assert.Equal([tree.LuongSon], tree.Snapshot.Search("luong son", SampleTree.Reform, null, tree.PhuTho).Select(v => v.Unit.Id));
        Assert.Equal(2, tree.Snapshot.Search("luong son", SampleTree.Before, null, tree.HoaBinh).Count);
    }

    [Fact]
    public void Search_WithinSubtree_IncludesTheTopItself() =>
        Assert.Equal([tree.PhuTho], tree.Snapshot.Search("phu tho", SampleTree.Reform, new HashSet<UnitKind> { UnitKind.Province }, tree.PhuTho).Select(v => v.Unit.Id));

    [Fact]
    public void Search_ShortName_Found() =>
        Assert.Equal([tree.Committee], tree.Snapshot.Search("ubnd tinh phu", SampleTree.Reform, null, null).Select(v => v.Unit.Id));

    [Fact]
    public void Search_Code_FindsHolderOfThatDay()
    {
        Assert.Equal([tree.HomeAffairs], tree.Snapshot.Search("000.00.04.g14", SampleTree.Reform, null, null).Select(v => v.Unit.Id));
        Assert.Empty(tree.Snapshot.Search("000.30.01.X01", SampleTree.Before, null, null));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("không có")]
    public void Search_EmptyOrUnknown_NothingFound(string query) =>
        Assert.Empty(tree.Snapshot.Search(query, SampleTree.Reform, null, null));
}
