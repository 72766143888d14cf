using Chancery.Core.Regulations.Text;
using Chancery.Core.Regulations.Text.Amendments;
using Chancery.Core.Regulations.Text.Diff;

namespace Chancery.Core.Tests.Regulations.Text;

public sealed class DiffTests
{
    [Fact]
    public void WordDiff_ChangedWords_RunsOfEqualDeletedInserted()
    {
        var runs = WordDiff.Compare("Phó Chủ tịch phụ trách tài chính, kế hoạch.", "Phó Chủ tịch thường trực phụ trách tài chính, ngân sách.");

        Assert.Equal(
            [
                new(WordRunKind.Equal, "Phó Chủ tịch"), new(WordRunKind.Inserted, "thường trực"), new(WordRunKind.Equal, "phụ trách tài chính,"),
                new(WordRunKind.Deleted, "kế hoạch."), new(WordRunKind.Inserted, "ngân sách."),
            ],
            runs);
    }

    [Theory]
    [InlineData("", "a b", "+a b")]
    [InlineData("a b", "", "-a b")]
    [InlineData("a b c", "a b c", "=a b c")]
    [InlineData("x a y b z", "a b", "-x =a -y =b -z")]
    [InlineData("a\nb", "a\nc", "=a -b +c")]
    public void WordDiff_Cases(string before, string after, string expected) =>
        Assert.Equal(expected, string.Join(' ', WordDiff.Compare(before, after).Select(r => (r.Kind switch { WordRunKind.Equal => "=", WordRunKind.Inserted => "+", _ => "-" }) + r.Text)));

    [Fact]
    public void Compare_AmendedBody_AddedRemovedMovedRenumberedChanged()
    {
        var before = Bodies.Import("Chương I\nA\nĐiều 1. A\n1. một hai ba\n2. hai\nĐiều 2. B\n1. x\nChương II\nB\nĐiều 3. C\n1. y");
        var clause = before.Provisions[0].Children[0].Children[1];
        var after = Consolidation.Apply(before, [new("QĐ", [
            new(AmendmentAction.ReplaceText, new(Eid: "dieu_1__khoan_1"), Text: "một bốn ba"),
            new(AmendmentAction.Remove, new(Eid: "dieu_1__khoan_2")),
            new(AmendmentAction.InsertChild, new(Eid: "dieu_3"), Provision: clause with { Number = "2" }),
            new(AmendmentAction.Renumber, new(Eid: "dieu_2"), Number: "2a"),
            new(AmendmentAction.ReplaceHeading, new(Eid: "chuong_2"), Heading: "B mới"),
            new(AmendmentAction.InsertAfter, new(Eid: "dieu_3"), Provision: new(Guid.Empty, ProvisionKind.Article, "4", "D", "", [])),
            new(AmendmentAction.Remove, new(Eid: "dieu_3__khoan_1")),
        ])]);
        Assert.Empty(after.Problems);

        var diff = BodyDiff.Compare(before, after.Body).ToDictionary(d => d.AfterEid ?? d.BeforeEid!);

        Assert.Equal(ProvisionChanges.TextChanged, diff["dieu_1__khoan_1"].Changes);
        Assert.Equal([WordRunKind.Equal, WordRunKind.Deleted, WordRunKind.Inserted, WordRunKind.Equal], diff["dieu_1__khoan_1"].Text!.Select(r => r.Kind));
        Assert.Equal(ProvisionChanges.Moved | ProvisionChanges.Renumbered, diff["dieu_3__khoan_2"].Changes);
        Assert.Equal(("dieu_1__khoan_2", clause.Guid), (diff["dieu_3__khoan_2"].BeforeEid, diff["dieu_3__khoan_2"].Guid));
        Assert.Equal(ProvisionChanges.Renumbered, diff["dieu_2a"].Changes);
        Assert.Equal(ProvisionChanges.Renumbered, diff["dieu_2a__khoan_1"].Changes);
        Assert.Equal(ProvisionChanges.HeadingChanged, diff["chuong_2"].Changes);
        Assert.Equal(ProvisionChanges.Added, diff["dieu_4"].Changes);
        Assert.Equal(ProvisionChanges.Removed, diff["dieu_3__khoan_1"].Changes);
        Assert.Equal(7, diff.Count);
    }

    [Fact]
    public void Compare_SameProvisionsRebuilt_Nothing()
    {
        var body = Bodies.Import(Bodies.Sample);
        var rebuilt = RegulationText.Import(Bodies.Sample, body).Body;

        Assert.Empty(BodyDiff.Compare(body, rebuilt));
        Assert.Empty(BodyDiff.Compare(body, body));
    }

    [Fact]
    public void Compare_ReimportedWithCarriedGuids_OnlyTheChangedProvision()
    {
        var before = Bodies.Import(Bodies.Sample);
        var after = RegulationText.Import(Bodies.Sample.Replace("chế độ tập thể", "chế độ tập thể, dân chủ", StringComparison.Ordinal), before).Body;

        var difference = Assert.Single(BodyDiff.Compare(before, after));

        Assert.Equal("dieu_2__khoan_1", difference.AfterEid);
        Assert.Equal(new WordRun(WordRunKind.Deleted, "thể."), difference.Text![1]);
    }

    [Fact]
    public void Compare_TwoHundredProvisions_EveryChangeFound()
    {
        var text = string.Concat(Enumerable.Range(1, 40).Select(i => $"Điều {i}. Điều thứ {i}\n1. Khoản một của điều {i}, văn bản dài vừa phải.\n2. Khoản hai:\na) điểm a của điều {i};\nb) điểm b của điều {i}.\n"));
        var before = Bodies.Import(text);
        Assert.Equal(200, ProvisionTree.Count(before));
        var after = RegulationText.Import(text.Replace("điểm b của điều 17.", "điểm b đã sửa của điều 17.", StringComparison.Ordinal), before).Body;

        var differences = BodyDiff.Compare(before, after);

        Assert.Equal("dieu_17__khoan_2__diem_b", Assert.Single(differences).AfterEid);
    }
}
