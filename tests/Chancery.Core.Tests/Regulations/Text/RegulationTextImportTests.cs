using Chancery.Core.Regulations.Text;

namespace Chancery.Core.Tests.Regulations.Text;

public sealed class RegulationTextImportTests
{

    [Fact]
    public void Import_UsualLayout_TreeWithHeadingsTextsAndIds()
    {
        var result = RegulationText.Import(Bodies.Sample);

        Assert.Empty(result.Problems);
        Assert.Equal("QUY CHẾ LÀM VIỆC\ncủa Ủy ban nhân dân huyện Lương Sơn", result.Title);
        var chapters = result.Body.Provisions;
        Assert.Equal(2, chapters.Count);
        Assert.Equal((ProvisionKind.Chapter, "I", "QUY ĐỊNH CHUNG"), (chapters[0].Kind, chapters[0].Number, chapters[0].Heading));
        var article1 = chapters[0].Children[0];
        Assert.Equal("Phạm vi điều chỉnh", article1.Heading);
        Assert.Equal("Quy chế này quy định nguyên tắc, chế độ trách nhiệm,\nlề lối làm việc.", article1.Text);
        var clause2 = chapters[0].Children[1].Children[1];
        Assert.Equal((ProvisionKind.Clause, "2", "Giải quyết công việc đúng phạm vi:"), (clause2.Kind, clause2.Number, clause2.Text));
        Assert.Equal(["a", "b"], clause2.Children.Select(p => p.Number));
        Assert.Equal("Đúng thẩm quyền;", clause2.Children[0].Text);
        var section = chapters[1].Children[0];
        Assert.Equal((ProvisionKind.Section, "1", "Chủ tịch"), (section.Kind, section.Number, section.Heading));
        Assert.Equal(["3", "3a"], section.Children.Select(p => p.Number));
        Assert.Equal(["1", "2a"], section.Children[1].Children.Select(p => p.Number));
        var ids = ProvisionTree.Entries(result.Body).Select(e => e.Eid).ToList();
        Assert.Contains("dieu_2__khoan_2__diem_a", ids);
        Assert.Contains("chuong_2__muc_1", ids);
        Assert.Contains("dieu_3a__khoan_2a", ids);
        Assert.Equal(ids.Count, ProvisionTree.Entries(result.Body).Select(e => e.Provision.Guid).Distinct().Count());
    }

    [Fact]
    public void Import_BomCrLfNfdAndSpaces_CleanedToNfc()
    {
        var text = "\uFEFFĐiều 1.   Pha\u0323m vi \r\n1.  Quy\u0300   định.\r\n\r\n";

        var result = RegulationText.Import(text);

        Assert.Empty(result.Problems);
        var article = Assert.Single(result.Body.Provisions);
        Assert.Equal("Phạm vi", article.Heading);
        Assert.Equal("Quỳ định.", article.Children[0].Text);
        Assert.True(article.Heading!.IsNormalized(System.Text.NormalizationForm.FormC));
    }

    [Fact]
    public void Import_PointDStroke_FollowsD()
    {
        var result = RegulationText.Import("Điều 1.\n1. x\na) a\nb) b\nc) c\nd) d\nđ) đ\ne) e\ng) g\n");

        Assert.Empty(result.Problems);
        Assert.Equal(["a", "b", "c", "d", "đ", "e", "g"], result.Body.Provisions[0].Children[0].Children.Select(p => p.Number));
    }

    [Theory]
    [InlineData("1. Khoản\nĐiều 1. A", 1, TextProblemTypes.ClauseOutsideArticle)]
    [InlineData("Điều 1. A\na) điểm", 2, TextProblemTypes.PointOutsideClause)]
    [InlineData("Điều 1. A\n1. x\n1. y", 3, TextProblemTypes.DuplicateNumber)]
    [InlineData("Điều 1. A\nĐiều 3. B", 2, TextProblemTypes.NumberSkipped)]
    [InlineData("Điều 1. A\nĐiều 2. B\nĐiều 1a. C", 3, TextProblemTypes.NumberOutOfOrder)]
    [InlineData("Điều 2. A", 1, TextProblemTypes.NumberSkipped)]
    [InlineData("Điều 1. A\n1. x\nb) y", 3, TextProblemTypes.NumberSkipped)]
    [InlineData("Điều 1. A\n1. x\na) y\nc) z", 4, TextProblemTypes.NumberSkipped)]
    [InlineData("Chương I\nA\nChương III\nB", 3, TextProblemTypes.NumberSkipped)]
    [InlineData("Mục 1. A\nĐiều 1. B", 1, TextProblemTypes.SectionOutsideChapter)]
    [InlineData("Điều 1. A\nChương I\nB\nĐiều 2. C", 1, TextProblemTypes.ArticleOutsideChapter)]
    [InlineData("Tiêu đề\nDòng 2\nDòng 3\nDòng 4\nDòng 5\nDòng 6\nDòng 7\nĐiều 1. A", 7, TextProblemTypes.BeforeFirstProvision)]
    [InlineData("Điều 1. A\nx\u0000y", 2, TextProblemTypes.RefusedCharacter)]
    [InlineData("chỉ là một đoạn văn", 1, TextProblemTypes.NoProvisions)]
    [InlineData("", 1, TextProblemTypes.NoProvisions)]
    public void Import_Malformed_ProblemAtItsLine(string text, int line, string type)
    {
        var result = RegulationText.Import(text);

        var problem = Assert.Single(result.Problems);
        Assert.Equal((line, type), (problem.Line, problem.Type));
        Assert.False(result.Succeeded);
        Assert.False(string.IsNullOrWhiteSpace(problem.Message));
    }

    [Fact]
    public void Import_LongTitleLine_BeforeFirstProvision()
    {
        var result = RegulationText.Import(new string('x', 301) + "\nĐiều 1. A");

        Assert.Equal(TextProblemTypes.BeforeFirstProvision, Assert.Single(result.Problems).Type);
    }

    [Fact]
    public void Import_ManyProblems_AllReportedInLineOrder()
    {
        var result = RegulationText.Import("1. a\nĐiều 1. A\nĐiều 1. B\na) c");

        Assert.Equal([1, 3, 4], result.Problems.Select(p => p.Line));
    }

    [Fact]
    public void Import_WithPreviousBody_CarriesGuidsByReadableId()
    {
        var first = RegulationText.Import("Điều 1. A\n1. x\nĐiều 2. B").Body;

        var second = RegulationText.Import("Điều 1. A đổi\n1. x\n2. y\nĐiều 2. B", first).Body;

        Assert.Equal(first.Provisions[0].Guid, second.Provisions[0].Guid);
        Assert.Equal(first.Provisions[0].Children[0].Guid, second.Provisions[0].Children[0].Guid);
        Assert.Equal(first.Provisions[1].Guid, second.Provisions[1].Guid);
        Assert.DoesNotContain(second.Provisions[0].Children[1].Guid, ProvisionTree.Entries(first).Select(e => e.Provision.Guid));
    }

    [Fact]
    public void Import_WithoutPreviousBody_NewGuidsEachTime()
    {
        var a = RegulationText.Import("Điều 1. A").Body;
        var b = RegulationText.Import("Điều 1. A").Body;

        Assert.NotEqual(a.Provisions[0].Guid, b.Provisions[0].Guid);
        Assert.NotEqual(Guid.Empty, a.Provisions[0].Guid);
    }

    [Fact]
    public void Import_TooLarge_RefusedWithoutReading()
    {
        var result = RegulationText.Import(new string('a', TextLimits.MaxCharacters + 1));

        Assert.Equal(TextProblemTypes.TooLarge, Assert.Single(result.Problems).Type);
        Assert.Empty(result.Body.Provisions);
    }

    [Fact]
    public void Import_TooManyProvisions_Refused()
    {
        var text = "Điều 1. A\n" + string.Concat(Enumerable.Range(1, TextLimits.MaxProvisions + 1).Select(i => $"{i % 1000}. x\n"));

        var result = RegulationText.Import(text);

        Assert.Contains(result.Problems, p => p.Type == TextProblemTypes.TooLarge);
        Assert.Empty(result.Body.Provisions);
    }

    [Fact]
    public void Import_WordsLikeChuongAndMuc_ReadAsText()
    {
        var result = RegulationText.Import("Điều 1. A\nChương trình công tác năm.\nMục tiêu của quy chế.\nĐiều này áp dụng.");

        Assert.Empty(result.Problems);
        Assert.Equal("Chương trình công tác năm.\nMục tiêu của quy chế.\nĐiều này áp dụng.", result.Body.Provisions[0].Text);
    }
}
