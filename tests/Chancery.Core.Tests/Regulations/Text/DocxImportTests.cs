using System.IO.Compression;
using System.Text;
using Chancery.Core.Regulations.Text;
using Chancery.Core.Regulations.Text.Import;

namespace Chancery.Core.Tests.Regulations.Text;

public sealed class DocxImportTests
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    [Fact]
    public void ImportDocx_Paragraphs_ReadAsLines()
    {
        using var docx = Docx($"""
            <w:document xmlns:w="{W}"><w:body>
            <w:p><w:r><w:t>QUY CHẾ</w:t></w:r></w:p>
            <w:p><w:r><w:t xml:space="preserve">Điều 1. </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>Phạm vi</w:t></w:r></w:p>
            <w:p><w:r><w:t>1. Khoản</w:t><w:tab/><w:t>một</w:t><w:br/><w:t>dòng hai</w:t></w:r></w:p>
            <w:p><w:del><w:r><w:delText>2. Đã xóa</w:delText></w:r></w:del></w:p>
            <w:p><w:r><w:instrText>PAGE</w:instrText></w:r></w:p>
            <w:p/>
            </w:body></w:document>
            """);

        var result = RegulationText.ImportDocx(docx);

        Assert.Empty(result.Problems);
        Assert.Equal("QUY CHẾ", result.Title);
        var article = Assert.Single(result.Body.Provisions);
        Assert.Equal("Phạm vi", article.Heading);
        Assert.Equal("Khoản một\ndòng hai", Assert.Single(article.Children).Text);
    }

    [Fact]
    public void ImportDocx_NotAZip_NotADocument()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("Điều 1. A"));

        Assert.Equal(TextProblemTypes.NotADocument, Assert.Single(RegulationText.ImportDocx(stream).Problems).Type);
    }

    [Fact]
    public void ImportDocx_ZipWithoutDocumentXml_NotADocument()
    {
        using var docx = Docx("<x/>", "word/other.xml");

        Assert.Equal(TextProblemTypes.NotADocument, Assert.Single(RegulationText.ImportDocx(docx).Problems).Type);
    }

    [Fact]
    public void ImportDocx_Dtd_Refused()
    {
        using var docx = Docx($"""<!DOCTYPE d [<!ENTITY a "aaaa">]><w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body></w:document>""");

        Assert.Equal(TextProblemTypes.NotADocument, Assert.Single(RegulationText.ImportDocx(docx).Problems).Type);
    }

    [Fact]
    public void Read_InflatedPastTheLimit_TooLarge()
    {
        var padding = new string(' ', 100_000);
        using var docx = Docx($"""<w:document xmlns:w="{W}"><w:body>{padding}<w:p><w:r><w:t>Điều 1. A</w:t></w:r></w:p></w:body></w:document>""");

        var (text, problem) = DocxText.Read(docx, maxXmlBytes: 10_000);

        Assert.Null(text);
        Assert.Equal(TextProblemTypes.TooLarge, problem!.Type);
    }

    [Fact]
    public void Read_NestedTooDeep_NotADocument()
    {
        var open = string.Concat(Enumerable.Repeat("<w:r>", TextLimits.MaxXmlDepth + 5));
        var close = string.Concat(Enumerable.Repeat("</w:r>", TextLimits.MaxXmlDepth + 5));
        using var docx = Docx($"""<w:document xmlns:w="{W}">{open}{close}</w:document>""");

        Assert.Equal(TextProblemTypes.NotADocument, DocxText.Read(docx).Problem!.Type);
    }

    private static MemoryStream Docx(string documentXml, string entryName = "word/document.xml")
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry(entryName).Open(), new UTF8Encoding(false));
            writer.Write(documentXml);
        }

        stream.Position = 0;
        return stream;
    }
}
