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
