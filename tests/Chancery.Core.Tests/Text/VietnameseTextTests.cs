using Chancery.Core.Text;

namespace Chancery.Core.Tests.Text;

public sealed class VietnameseTextTests
{
    [Theory]
    [InlineData("  Xã   Lương \t Sơn \n", "Xã Lương Sơn")]
    [InlineData("Xã\u00A0Lương\u2003Sơn", "Xã Lương Sơn")]
    [InlineData("Xã\r\nLương", "Xã Lương")]
    [InlineData(null, "")]
    [InlineData(" \t ", "")]
    [InlineData("\u200B\uFEFF\u200D", "")]
    [InlineData("\uFEFFXã\u200B Lương", "Xã Lương")]
    public void Clean_WhiteSpace_TrimmedAndCollapsed(string? raw, string expected) =>
        Assert.Equal(expected, VietnameseText.Clean(raw));

    [Fact]
    public void Clean_Nfd_Nfc()
    {
        var nfd = "Xa\u0303 Lu\u031Bo\u031Bng So\u031Bn";

        var clean = VietnameseText.Clean(nfd);

        Assert.Equal("X\u00E3 L\u01B0\u01A1ng S\u01A1n", clean);
        Assert.True(clean.IsNormalized(System.Text.NormalizationForm.FormC));
    }

    [Theory]
    [InlineData("Lương Sơn")]
    [InlineData("LƯƠNG SƠN")]
    [InlineData("luong son")]
    [InlineData("  Luong   SON ")]
    [InlineData("Lu\u031Bo\u031Bng So\u031Bn")]
    public void Fold_AnySpellingOfLuongSon_SameKey(string text) => Assert.Equal("luong son", VietnameseText.Fold(text));

    [Theory]
    [InlineData("Đà Nẵng", "da nang")]
    [InlineData("đa nang", "da nang")]
    [InlineData("ĐẮK LẮK", "dak lak")]
    [InlineData("Thừa Thiên Huế", "thua thien hue")]
    [InlineData("Ủy ban nhân dân", "uy ban nhan dan")]
    public void Fold_DiacriticsAndDStroke_Dropped(string text, string expected) => Assert.Equal(expected, VietnameseText.Fold(text));

    [Fact]
    public void Compare_ProvinceNames_VietnameseAlphabeticalOrder()
    {
        string[] expected = ["Ái", "An Giang", "Bắc Ninh", "Dak Lak", "Đà Nẵng", "Hà Nội"];
        var shuffled = new[] { "Hà Nội", "Đà Nẵng", "Ái", "Bắc Ninh", "Dak Lak", "An Giang" };

        var sorted = shuffled.Order(Comparer<string>.Create(VietnameseText.Compare)).ToArray();
        var byKey = shuffled.OrderBy(VietnameseText.SortKey, Comparer<byte[]>.Create(VietnameseText.CompareSortKeys)).ToArray();

        Assert.Equal(expected, sorted);
        Assert.Equal(expected, byKey);
        Assert.NotEqual(expected, shuffled.Order(StringComparer.Ordinal).ToArray());
    }
}
