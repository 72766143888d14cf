using Chancery.Core.Regulations.Text;
using Chancery.Core.Regulations.Text.Search;

namespace Chancery.Core.Tests.Regulations.Text;

public sealed class SearchTests
{
    private static readonly ProvisionSearch Index = new(Bodies.Import(
        "Điều 1. Phân công nhiệm vụ\n1. Phó Chủ tịch phụ trách lĩnh vực tài chính, ngân sách.\n2. Phó Chủ tịch phụ trách văn hóa – xã hội.\nĐiều 2. Đối ngoại\nQuan hệ với Ủy ban MTTQ Việt Nam huyện Lương Sơn (bãi bỏ)."));

    [Theory]
    [InlineData("tai chinh", "dieu_1__khoan_1")]
    [InlineData("TÀI CHÍNH ngân", "dieu_1__khoan_1")]
    [InlineData("van hoa", "dieu_1__khoan_2")]
    [InlineData("luong son", "dieu_2")]
    [InlineData("doi ngoai mttq", "dieu_2")]
    [InlineData("bai bo", "dieu_2")]
    public void Find_FoldedWords_TheProvision(string query, string eid) =>
        Assert.Equal(eid, Assert.Single(Index.Find(query)).Eid);

    [Theory]
    [InlineData("tai chinh van hoa")]
    [InlineData("ai")]
    [InlineData("")]
    [InlineData("  ")]
    public void Find_NotAllWordsBeginAWord_Nothing(string query) => Assert.Empty(Index.Find(query));

    [Fact]
    public void Find_MatchingWords_MarkedInTheNfcText()
    {
        var hit = Assert.Single(Index.Find("ngan TAI chin"));

        Assert.Equal(["tài", "chín", "ngân"], hit.TextMarks.Select(m => hit.Text.Substring(m.Start, m.Length)));
        Assert.Empty(hit.HeadingMarks);
    }

    [Fact]
    public void Find_HeadingAndText_BothMarked()
    {
        var hits = Index.Find("phân");

        Assert.Equal(["dieu_1"], hits.Select(h => h.Eid));
        Assert.Equal([new TextRange(0, 4)], hits[0].HeadingMarks);
    }

    [Fact]
    public void Find_OverlappingWords_OneMark()
    {
        var hit = Assert.Single(Index.Find("lu luong"));

        Assert.Equal("Lương", hit.Text.Substring(hit.TextMarks[0].Start, hit.TextMarks[0].Length));
        Assert.Single(hit.TextMarks);
    }

    [Fact]
    public void Find_Limit_Respected() => Assert.Single(Index.Find("pho", limit: 1));
}
