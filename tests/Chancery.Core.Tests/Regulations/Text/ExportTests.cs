using System.Xml;
using Chancery.Core.Regulations.Text;
using Chancery.Core.Regulations.Text.Export;

namespace Chancery.Core.Tests.Regulations.Text;

public sealed class ExportTests
{
    [Fact]
    public void PlainText_ImportOfExport_SameBodyAndTitle()
    {
        var first = RegulationText.Import(Bodies.Sample);

        var text = PlainTextExport.Write(first.Body, first.Title);
        var again = RegulationText.Import(text);

        Assert.Empty(again.Problems);
        Assert.Equal(first.Title, again.Title);
        Assert.Equal(Bodies.Shape(first.Body), Bodies.Shape(again.Body));
        Assert.Contains("\nChương II\nPHÂN CÔNG NHIỆM VỤ\n", text, StringComparison.Ordinal);
        Assert.Contains("\nĐiều 3a.\n1. Khoản một.\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_HeadingsAndEscapedNumbers()
    {
        var body = Bodies.Import(Bodies.Sample);

        var md = MarkdownExport.Write(body, "Quy chế");

        Assert.StartsWith("# Quy chế\n\n## Chương I. QUY ĐỊNH CHUNG\n\n#### Điều 1. Phạm vi điều chỉnh\n\nQuy chế này", md, StringComparison.Ordinal);
        Assert.Contains("\n### Mục 1. Chủ tịch\n", md, StringComparison.Ordinal);
        Assert.Contains("\n1\\. Ủy ban nhân dân làm việc theo chế độ tập thể.\n", md, StringComparison.Ordinal);
        Assert.Contains("\nb\\) Đúng thời hạn \\*gấp\\* \\[1\\];\n", md, StringComparison.Ordinal);
        Assert.Contains("trách nhiệm,\\\nlề lối", md, StringComparison.Ordinal);
        Assert.Contains("Khoản chèn \\<b\\>.", md, StringComparison.Ordinal);
    }

    [Fact]
    public void AkomaNtoso_WellFormedWithIdsAndGuids()
    {
        var body = Bodies.Import(Bodies.Sample);

        var xml = AkomaNtosoExport.Write(body, new("/vn/000.00.00.H30/quy-che/2016/1", new(2016, 3, 1), "Quy chế <làm việc>"));

        var document = new XmlDocument();
        document.LoadXml(xml);
        var ns = new XmlNamespaceManager(document.NameTable);
        ns.AddNamespace("a", AkomaNtosoExport.Namespace);
        Assert.NotNull(document.SelectSingleNode("/a:akomaNtoso/a:act/a:meta/a:identification/a:FRBRWork/a:FRBRthis[@value='/vn/000.00.00.H30/quy-che/2016/1']", ns));
        Assert.Equal("Quy chế <làm việc>", document.SelectSingleNode("//a:preface//a:docTitle", ns)!.InnerText);
        var point = document.SelectSingleNode("/a:akomaNtoso/a:act/a:body/a:chapter[@eId='chuong_1']/a:article[@eId='dieu_2']/a:paragraph[@eId='dieu_2__khoan_2']/a:point[@eId='dieu_2__khoan_2__diem_b']", ns);
        Assert.NotNull(point);
        Assert.Equal("b)", point!.SelectSingleNode("a:num", ns)!.InnerText);
        Assert.Equal("Đúng thời hạn *gấp* [1];", point.SelectSingleNode("a:content/a:p", ns)!.InnerText);
        var guid = body.Provisions[0].Children[1].Children[1].Children[1].Guid;
        Assert.Equal(guid.ToString(), point.Attributes!["GUID"]!.Value);
        Assert.Equal("Giải quyết công việc đúng phạm vi:", document.SelectSingleNode("//a:paragraph[@eId='dieu_2__khoan_2']/a:intro/a:p", ns)!.InnerText);
        Assert.Equal("PHÂN CÔNG NHIỆM VỤ", document.SelectSingleNode("//a:chapter[@eId='chuong_2']/a:heading", ns)!.InnerText);
        Assert.NotNull(document.SelectSingleNode("//a:chapter[@eId='chuong_2']/a:section[@eId='chuong_2__muc_1']/a:article[@eId='dieu_3a']/a:paragraph[@eId='dieu_3a__khoan_2a']", ns));
        Assert.Equal(2, document.SelectNodes("//a:article[@eId='dieu_1']/a:content/a:p", ns)!.Count);
    }
}
