using Chancery.Core.Regulations.Text;
using Chancery.Core.Regulations.Text.Amendments;
using Chancery.Core.Regulations.Text.Demo;
using Chancery.Core.Regulations.Text.Diff;
using Chancery.Core.Regulations.Text.Search;

namespace Chancery.Core.Tests.Regulations.Text;

public sealed class DemoRegulationTests
{
    [Fact]
    public void Text2016_Imports_WithoutProblem()
    {
        var result = RegulationText.Import(DemoRegulation.Text2016);

        Assert.Empty(result.Problems);
        Assert.Contains("minh họa", result.Title, StringComparison.Ordinal);
        Assert.Equal(["I", "II", "III", "IV", "V"], result.Body.Provisions.Select(p => p.Number));
        var entries = ProvisionTree.Entries(result.Body);
        Assert.Equal(24, entries.Count(e => e.Provision.Kind == ProvisionKind.Article));
        Assert.Equal(["chuong_2__muc_1", "chuong_2__muc_2"], entries.Where(e => e.Provision.Kind == ProvisionKind.Section).Select(e => e.Eid));
        Assert.Equal("Phó Chủ tịch phụ trách kinh tế, hạ tầng", entries.Single(e => e.Eid == "dieu_9").Provision.Heading);
    }

    [Fact]
    public void AmendmentText2017_Imports_WithoutProblem()
    {
        var result = RegulationText.Import(DemoRegulation.AmendmentText2017);

        Assert.Empty(result.Problems);
        Assert.Equal(2, result.Body.Provisions.Count);
    }

    [Fact]
    public void Amendment2017_Applies_ThreeChanges()
    {
        var issued = RegulationText.Import(DemoRegulation.Text2016).Body;

        var consolidated = Consolidation.Apply(issued, [DemoRegulation.Amendment2017]);

        Assert.Empty(consolidated.Problems);
        var changes = BodyDiff.Compare(issued, consolidated.Body);
        Assert.Equal(
            [("dieu_7__khoan_2", ProvisionChanges.TextChanged), ("dieu_9__khoan_1__diem_đ", ProvisionChanges.Added), ("dieu_18", ProvisionChanges.TextChanged | ProvisionChanges.HeadingChanged), ("dieu_18__khoan_1", ProvisionChanges.Removed), ("dieu_18__khoan_2", ProvisionChanges.Removed)],
            changes.Select(c => (c.AfterEid ?? c.BeforeEid!, c.Changes)));
        Assert.Equal("dieu_9__khoan_1__diem_đ", Assert.Single(new ProvisionSearch(consolidated.Body).Find("chuyen doi so")).Eid);
    }
}

public sealed class RobustnessTests
{
    [Fact]
    public void Export_DemoText_RoundTrips()
    {
        var first = RegulationText.Import(DemoRegulation.Text2016);

        var again = RegulationText.Import(Chancery.Core.Regulations.Text.Export.PlainTextExport.Write(first.Body, first.Title));

        Assert.Empty(again.Problems);
        Assert.Equal(Bodies.Shape(first.Body), Bodies.Shape(again.Body));
    }

    [Fact]
    public void Import_RandomLinesOfTheLayout_NeverThrows()
    {
        string[] pieces = ["Chương I", "Chương V", "Chương", "Mục 1.", "Mục 2", "Điều 1.", "Điều 3a. X", "Điều", "1.", "2. x", "0.", "a)", "đ) y", "z)", "", " ", "\r", "\uFEFF", "x\u0301", "(", "\"1. x\"", "Điều 99999.", "\t"];
        var random = new Random(14);
        for (var run = 0; run < 300; run++)
        {
            var text = string.Join(random.Next(2) == 0 ? "\n" : "\r\n", Enumerable.Range(0, random.Next(1, 40)).Select(_ => pieces[random.Next(pieces.Length)]));

            var result = RegulationText.Import(text);

            Assert.True(result.Succeeded || result.Problems.All(p => p.Line >= 1 && p.Type.StartsWith("regulations.text.", StringComparison.Ordinal)), text);
            Assert.NotNull(Chancery.Core.Regulations.Text.Export.AkomaNtosoExport.Write(result.Body, new("/vn/x", new(2016, 1, 1))));
        }
    }
}
