using Chancery.Core.Tests.Support;
using Chancery.Core.Units;
using Chancery.Core.Units.Commands;

namespace Chancery.Core.Tests.Units;

/// <summary>Names are Vietnamese text, stored cleaned: trimmed, one space between words, NFC.</summary>
public sealed class UnitNameTests
{
    private const string LuongSonNfc = "X\u00E3 L\u01B0\u01A1ng S\u01A1n";
    private const string LuongSonNfd = "Xa\u0303 Lu\u031Bo\u031Bng So\u031Bn";

    [Fact]
    public void Create_NameWithOuterAndInnerWhiteSpace_StoresTrimmedAndCollapsed()
    {
        var h = new TestHierarchy();

        var created = h.Create("  Xã \t Lương\n\nSơn  ");

        Assert.Equal("Xã Lương Sơn", created.Version.Name);
    }

    [Fact]
    public void Create_NameInNfd_StoresNfc()
    {
        Assert.NotEqual(LuongSonNfc, LuongSonNfd);
        var h = new TestHierarchy();

        var created = h.Create(LuongSonNfd);

        Assert.Equal(LuongSonNfc, created.Version.Name);
        Assert.Equal(LuongSonNfc, h.Snapshot.Get(created.Unit.Id, h.Today)!.Value.Version.Name);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\u0001\n")]
    public void Create_EmptyName_RefusedNamingTheField(string? name)
    {
        var h = new TestHierarchy();

        Refused.ByField("name", () => h.Create(name!));

        Assert.Equal(0, h.Snapshot.Count);
    }

    [Fact]
    public void Create_NameOverMaxLength_RefusedNamingTheField()
    {
        var h = new TestHierarchy();

        var error = Refused.ByField("name", () => h.Create(new string('a', UnitInput.MaxNameLength + 1)));

        Assert.Single(error.Violations);
    }

    [Fact]
    public void Create_NameOfMaxLengthAfterTrimming_Accepted()
    {
        var h = new TestHierarchy();
        var name = new string('a', UnitInput.MaxNameLength);

        var created = h.Create("   " + name + "   ");

        Assert.Equal(name, created.Version.Name);
    }

    [Fact]
    public void Create_ShortNameOverMaxLength_RefusedNamingTheField()
    {
        var h = new TestHierarchy();

        Refused.ByField("short_name", () => h.Run(c => CreateUnit.Apply(c,
            new CreateUnitCommand("Tỉnh Phú Thọ", new string('b', UnitInput.MaxShortNameLength + 1), UnitKind.Province, null, null, null),
            h.NewId())));
    }

    [Fact]
    public void Create_ShortName_CleanedAndBlankMeansNone()
    {
        var h = new TestHierarchy();

        var withShort = h.Run(c => CreateUnit.Apply(c,
            new CreateUnitCommand("Ủy ban nhân dân tỉnh", "  UBND \n tỉnh ", UnitKind.PeopleCommittee, null, null, null), h.NewId()));
        var blank = h.Run(c => CreateUnit.Apply(c,
            new CreateUnitCommand("Văn phòng", "   ", UnitKind.Office, null, null, null), h.NewId()));

        Assert.Equal("UBND tỉnh", withShort.Version.ShortName);
        Assert.Null(blank.Version.ShortName);
    }

    [Fact]
    public void Update_NameInNfdWithSpaces_StoresCleanedNfc()
    {
        var h = new TestHierarchy();
        var unit = h.Unit("Thị trấn Lương Sơn");

        var updated = h.Run(c => UpdateUnit.Apply(c, h.Update(unit, UnitFields.Name, "2025-07-01") with { Name = "  " + LuongSonNfd + " " }));

        Assert.Equal(LuongSonNfc, updated.Version.Name);
    }

    [Fact]
    public void Update_EmptyName_RefusedNamingTheField()
    {
        var h = new TestHierarchy();
        var unit = h.Unit("Xã Lương Sơn");

        Refused.ByField("name", () => h.Rename(unit, " ", "2025-07-01"));

        Assert.Equal("Xã Lương Sơn", h[unit].Versions.Single().Name);
    }

    [Fact]
    public void Update_NameOverMaxLength_RefusedNamingTheField()
    {
        var h = new TestHierarchy();
        var unit = h.Unit("Xã Lương Sơn");

        Refused.ByField("name", () => h.Rename(unit, new string('x', UnitInput.MaxNameLength + 1), "2025-07-01"));
    }

    [Fact]
    public void Create_SeveralBadFields_ReportsEachField()
    {
        var h = new TestHierarchy();

        var error = Assert.Throws<Chancery.Core.Errors.InvalidInputException>(() => h.Run(c => CreateUnit.Apply(c,
            new CreateUnitCommand(" ", null, UnitKind.Unspecified, null, "H30", null), h.NewId())));

        Assert.Equal(["name", "kind", "code"], error.Violations.Select(v => v.Field).ToArray());
    }
}
