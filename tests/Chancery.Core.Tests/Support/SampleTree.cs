using Chancery.Core.Units;

namespace Chancery.Core.Tests.Support;

/// <summary>
/// A small province tree around the 2025-07-01 reform, laid down as unit states:
/// <code>
/// An Giang, Bắc Ninh, Đà Nẵng, Hà Nội                       top level, always
/// Tỉnh Hòa Bình (… 2025-07-01)
///   Huyện Lương Sơn (… 2025-07-01)
///     Thị trấn Lương Sơn  → from 2025-07-01 "Xã Lương Sơn" (000.30.01.X01) below Tỉnh Phú Thọ
///     Xã Cư Yên (… 2025-07-01)
/// Tỉnh Phú Thọ (000.00.00.H30)
///   Ủy ban nhân dân tỉnh Phú Thọ ("UBND tỉnh Phú Thọ")
///     Văn phòng UBND tỉnh
///   Sở Nội vụ
/// </code>
/// </summary>
internal sealed class SampleTree
{
    public static readonly DateOnly Before = Day("2025-06-30");
    public static readonly DateOnly Reform = Day("2025-07-01");

    public SampleTree()
    {
        AnGiang = H.Unit("An Giang", kind: UnitKind.Province);
        HaNoi = H.Unit("Hà Nội", kind: UnitKind.City);
        DaNang = H.Unit("Đà Nẵng", kind: UnitKind.City);
        BacNinh = H.Unit("Bắc Ninh", kind: UnitKind.Province);
        HoaBinh = H.Unit("Tỉnh Hòa Bình", to: "2025-07-01", kind: UnitKind.Province, code: "000.00.00.H33");
        HuyenLuongSon = H.Unit("Huyện Lương Sơn", HoaBinh, to: "2025-07-01", kind: UnitKind.District);
        PhuTho = H.Unit("Tỉnh Phú Thọ", kind: UnitKind.Province, code: "000.00.00.H30");
        LuongSon = H.Put(
            new UnitVersionState(Day(TestHierarchy.Epoch), Reform, "Thị trấn Lương Sơn", null, UnitKind.Township, HuyenLuongSon, null),
            new UnitVersionState(Reform, null, "Xã Lương Sơn", null, UnitKind.Commune, PhuTho, "000.30.01.X01"));
        CuYen = H.Unit("Xã Cư Yên", HuyenLuongSon, to: "2025-07-01", kind: UnitKind.Commune);
        Committee = H.Unit("Ủy ban nhân dân tỉnh Phú Thọ", PhuTho, kind: UnitKind.PeopleCommittee, shortName: "UBND tỉnh Phú Thọ");
        Office = H.Unit("Văn phòng UBND tỉnh", Committee, kind: UnitKind.Office);
        HomeAffairs = H.Unit("Sở Nội vụ", PhuTho, kind: UnitKind.Department, code: "000.00.04.G14");
    }

    public TestHierarchy H { get; } = new();

    public UnitsSnapshot Snapshot => H.Snapshot;

    public Guid AnGiang { get; }

    public Guid HaNoi { get; }

    public Guid DaNang { get; }

    public Guid BacNinh { get; }

    public Guid HoaBinh { get; }

    public Guid HuyenLuongSon { get; }

    public Guid PhuTho { get; }

    public Guid LuongSon { get; }

    public Guid CuYen { get; }

    public Guid Committee { get; }

    public Guid Office { get; }

    public Guid HomeAffairs { get; }

    public UnitView View(Guid id, DateOnly date) => Snapshot.Get(id, date) ?? throw new InvalidOperationException($"{id} does not exist on {date}");
}
