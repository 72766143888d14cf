using Chancery.Core.Errors;
using Chancery.Core.Units;
using Chancery.Core.Tests.Support;

namespace Chancery.Core.Tests.Units;

/// <summary>The electronic identifier code (QĐ 20/2020/QĐ-TTg): ddd.dd.dd.Xdd.</summary>
public sealed class UnitCodeTests
{
    [Theory]
    [InlineData("000.00.00.H30")]
    [InlineData("000.00.04.G14")]
    [InlineData("123.45.67.Z99")]
    public void IsValid_WellFormedCode_True(string code) => Assert.True(UnitCode.IsValid(code));

    [Theory]
    [InlineData("")]
    [InlineData("H30")]
    [InlineData("000.00.00.H3")]
    [InlineData("000.00.00.H300")]
    [InlineData("00.00.00.H30")]
    [InlineData("0000.00.00.H30")]
    [InlineData("000.0.00.H30")]
    [InlineData("000.00.00.30H")]
    [InlineData("000.00.00.HH0")]
    [InlineData("000.00.00.030")]
    [InlineData("000-00-00-H30")]
    [InlineData("000.00.00 H30")]
    [InlineData("000.00.00.H30.")]
    [InlineData("A00.00.00.H30")]
    [InlineData("000.00.00.h30")]
    [InlineData("000.00.00.Đ30")]
    [InlineData("000.00.00.H30\n")]
    [InlineData("\u0660\u0660\u0660.\u0660\u0660.\u0660\u0660.H\u0663\u0660")] // Arabic-Indic digits
    [InlineData("\uFF10\uFF10\uFF10.\uFF10\uFF10.\uFF10\uFF10.H\uFF13\uFF10")] // full-width digits
    public void IsValid_MalformedCode_False(string code) => Assert.False(UnitCode.IsValid(code));

    [Theory]
    [InlineData("000.00.00.h30", "000.00.00.H30")]
    [InlineData("  000.00.04.g14 ", "000.00.04.G14")]
    [InlineData("000.00.00.H30", "000.00.00.H30")]
    public void Normalize_LowerCaseOrPadded_UpperCasedAndTrimmed(string raw, string expected) =>
        Assert.Equal(expected, UnitCode.Normalize(raw));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Normalize_Blank_NoCode(string? raw) => Assert.Null(UnitCode.Normalize(raw));

    [Fact]
    public void Create_LowerCaseLetter_StoresUpperCase()
    {
        var h = new TestHierarchy();

        var created = h.Create("Tỉnh Phú Thọ", code: "000.00.00.h30");

        Assert.Equal("000.00.00.H30", created.Version.Code);
        Assert.Equal(created.Unit.Id, h.Snapshot.GetByCode("000.00.00.H30", h.Today)?.Unit.Id);
    }

    [Theory]
    [InlineData("000.00.00.H3")]
    [InlineData("000.00.00.HH0")]
    [InlineData("000-00-00-H30")]
    [InlineData("\u0660\u0660\u0660.\u0660\u0660.\u0660\u0660.H\u0663\u0660")]
    public void Create_MalformedCode_RefusedNamingTheField(string code)
    {
        var h = new TestHierarchy();

        var error = Refused.ByField("code", () => h.Create("Tỉnh Phú Thọ", code: code));

        Assert.Contains(UnitCode.Form, error.Violations.Single().Description, StringComparison.Ordinal);
        Assert.Equal(0, h.Snapshot.Count);
    }

    [Fact]
    public void Create_BlankCode_UnitWithoutCode()
    {
        var h = new TestHierarchy();

        var created = h.Create("Văn phòng", code: "  ");

        Assert.Null(created.Version.Code);
    }

    [Fact]
    public void Update_MalformedCode_RefusedNamingTheField()
    {
        var h = new TestHierarchy();
        var unit = h.Unit("Tỉnh Phú Thọ", code: "000.00.00.H30");

        Refused.ByField("code", () => h.SetCode(unit, "H30", "2025-07-01"));

        Assert.IsType<InvalidInputException>(Record.Exception(() => h.SetCode(unit, "000.00.00", null)));
    }
}
