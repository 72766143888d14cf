using Chancery.Core.Access;
using Chancery.Core.Positions;
using Chancery.Core.Registry;
using Chancery.Core.Reorganizations;
using Chancery.Core.Units;

namespace Chancery.Core.Tests.Registry;

/// <summary>The one place where features join the registry, and the snapshot that holds one slice per part.</summary>
public sealed class RegistryPartsTests
{
    [Fact]
    public void RegistryParts_All_DistinctSliceAndDraftTypes()
    {
        var parts = RegistryParts.All;

        Assert.Equal(parts.Count, parts.Select(p => p.SliceType).Distinct().Count());
        Assert.Equal(parts.Count, parts.Select(p => p.DraftType).Distinct().Count());
        Assert.Equal(parts.Count, parts.Select(p => p.GetType()).Distinct().Count());
    }

    [Fact]
    public void RegistryParts_Order_PartComesAfterThePartsItRefersTo()
    {
        var order = RegistryParts.All.Select(p => p.GetType()).ToList();

        Assert.True(order.IndexOf(typeof(UnitsPart)) < order.IndexOf(typeof(PositionsPart)), "Positions refer to units.");
        Assert.True(order.IndexOf(typeof(UnitsPart)) < order.IndexOf(typeof(LineagePart)), "Lineage refers to units.");
        Assert.Contains(typeof(AccessPart), order);
    }

    [Fact]
    public void RegistryParts_EmptySlice_OfThePartsSliceType()
    {
        Assert.All(RegistryParts.All, p => Assert.IsType(p.SliceType, p.EmptySlice));
    }

    [Fact]
    public void RegistrySnapshotEmpty_EverySlice_ThePartsEmptySlice()
    {
        var empty = RegistrySnapshot.Empty;

        Assert.Equal(0, empty.Sequence);
        for (var i = 0; i < RegistryParts.All.Count; i++)
        {
            Assert.Same(RegistryParts.All[i].EmptySlice, empty.SliceAt(i));
        }

        Assert.Same(UnitsSnapshot.Empty, empty.Units);
        Assert.Same(PositionsSnapshot.Empty, empty.Positions);
        Assert.Same(LineageSnapshot.Empty, empty.Slice<LineageSnapshot>());
        Assert.Same(AccessSnapshot.Empty, empty.Access);
    }

    [Fact]
    public void RegistrySnapshotWith_OneSlice_ReplacesItKeepsOthers()
    {
        var h = new TestHierarchy();
        h.Unit("Tỉnh Phú Thọ");

        var snapshot = RegistrySnapshot.Empty.With(h.Snapshot, sequence: 7);
        var staffed = snapshot.With(PositionsSnapshot.Build([], [], [new OfficialState(h.NewId(), 1, "Nguyễn Văn An", null)]));

        Assert.Equal((7L, 1), (snapshot.Sequence, snapshot.Units.Count));
        Assert.Same(PositionsSnapshot.Empty, snapshot.Positions);
        Assert.Same(snapshot.Units, staffed.Units);
        Assert.Equal((7L, 1), (staffed.Sequence, staffed.Positions.OfficialCount));
        Assert.Same(UnitsSnapshot.Empty, RegistrySnapshot.Empty.Units);
    }

    [Fact]
    public void RegistrySnapshotSlice_TypeOfNoPart_Refused()
    {
        var error = Assert.Throws<TypeInitializationException>(() => RegistrySnapshot.Empty.Slice<NoSuchSlice>());

        Assert.IsType<InvalidOperationException>(error.InnerException);
    }

    private sealed class NoSuchSlice;
}
