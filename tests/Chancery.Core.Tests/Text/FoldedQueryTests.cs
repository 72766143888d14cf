using Chancery.Core.Text;

namespace Chancery.Core.Tests.Text;

public sealed class FoldedQueryTests
{
    [Theory]
    [InlineData("luong son", "Huyện Lương Sơn", true)]
    [InlineData("LƯƠNG SƠN", "Huyện Lương Sơn", true)]
    [InlineData("luo so", "Huyện Lương Sơn", true)]
    [InlineData("an", "Xã An Bình", true)]
    [InlineData("an", "Phường Thanh Xuân", false)]
    [InlineData("son luong", "Huyện Lương Sơn", true)]
    [InlineData("dong da", "Phường Đống Đa", true)]
    [InlineData("ong", "Phường Đống Đa", false)]
    [InlineData("   ", "Phường Đống Đa", false)]
    public void Matches_EachWordBeginsAWord(string query, string name, bool expected) =>
        Assert.Equal(expected, new FoldedQuery(query).Matches(VietnameseText.Fold(name)));
}
