using Chancery.Core.Errors;
using Chancery.Core.Units;

namespace Chancery.Core.Tests.Units;

public sealed class SnapshotGetTests
{
    private readonly SampleTree tree = new();

    [Fact]
    public void Get_BeforeAndAfterChange_VersionInForceThatDay()
    {
        Assert.Equal("Thị trấn Lương Sơn", tree.Snapshot.Get(tree.LuongSon, SampleTree.Before)?.Version.Name);
        Assert.Equal("Xã Lương Sơn", tree.Snapshot.Get(tree.LuongSon, SampleTree.Reform)?.Version.Name);
        Assert.Equal(UnitKind.Commune, tree.Snapshot.Get(tree.LuongSon, Day("2030-01-01"))?.Version.Kind);
    }

    [Fact]
    public void Get_ClosedUnit_OnlyBeforeClosing()
    {
        Assert.NotNull(tree.Snapshot.Get(tree.HoaBinh, SampleTree.Before));
        Assert.Null(tree.Snapshot.Get(tree.HoaBinh, SampleTree.Reform));
    }

    [Fact]
    public void Get_BeforeEstablishmentOrUnknownId_Null()
    {
        Assert.Null(tree.Snapshot.Get(tree.PhuTho, Day("1999-12-31")));
        Assert.Null(tree.Snapshot.Get(Guid.NewGuid(), SampleTree.Reform));
    }

    [Fact]
    public void GetByCode_AsOfDate_UnitHoldingItThen()
    {
        Assert.Equal(tree.PhuTho, tree.Snapshot.GetByCode("000.00.00.H30", SampleTree.Before)?.Unit.Id);
        Assert.Equal(tree.HoaBinh, tree.Snapshot.GetByCode("000.00.00.H33", SampleTree.Before)?.Unit.Id);
        Assert.Null(tree.Snapshot.GetByCode("000.00.00.H33", SampleTree.Reform));
        Assert.Null(tree.Snapshot.GetByCode("000.30.01.X01", SampleTree.Before));
        Assert.Equal(tree.LuongSon, tree.Snapshot.GetByCode("000.30.01.X01", SampleTree.Reform)?.Unit.Id);
    }

    [Fact]
    public void Require_UnitClosedOnDate_NotFoundSayingWhenItExisted()
    {
        var error = Assert.Throws<NotFoundException>(() => tree.Snapshot.Require(tree.HoaBinh, SampleTree.Reform));

        Assert.Equal(Subjects.Unit(tree.HoaBinh), error.ResourceName);
        Assert.Contains("[2000-01-01, 2025-07-01)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RequireByCode_NoUnitWithCodeThatDay_NotFound()
    {
        Assert.Throws<NotFoundException>(() => tree.Snapshot.RequireByCode("000.00.00.H33", SampleTree.Reform));
        Assert.Equal(tree.HoaBinh, tree.Snapshot.RequireByCode("000.00.00.H33", SampleTree.Before).Unit.Id);
    }
}
