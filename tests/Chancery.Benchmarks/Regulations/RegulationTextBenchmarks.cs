using BenchmarkDotNet.Attributes;
using Chancery.Core.Regulations.Text;
using Chancery.Core.Regulations.Text.Diff;
using Chancery.Core.Regulations.Text.Export;
using Chancery.Core.Regulations.Text.Search;

namespace Chancery.Benchmarks.Regulations;

/// <summary>
/// The text engine on a generated 200-provision version (40 articles of 2 clauses and 2 points)
/// and its next version (the later version re-imported with the earlier's ids, 8 provisions'
/// texts changed, one article added): the diff of the two (issue 14 compares it with
/// <c>git diff --no-index --word-diff</c> of the two plain-text exports), the import of the text, the
/// plain-text export, and a search over the version.
/// <c>dotnet run -c Release --project tests/Chancery.Benchmarks -- bench --filter *RegulationText*</c>
/// </summary>
[MemoryDiagnoser]
public class RegulationTextBenchmarks
{
    private string text = "";
    private RegulationBody before = RegulationBody.Empty;
    private RegulationBody after = RegulationBody.Empty;
    private ProvisionSearch search = null!;

    /// <summary>The two versions' plain texts, for the <c>git diff</c> comparison.</summary>
    public static (string Before, string After) Texts()
    {
        var b = Generate(changed: false);
        return (b, Generate(changed: true));
    }

    [GlobalSetup]
    public void Setup()
    {
        text = Generate(changed: false);
        before = RegulationText.Import(text).Body;
        after = RegulationText.Import(Generate(changed: true), before).Body;
        search = new ProvisionSearch(before);
    }

    [Benchmark(Baseline = true)]
    public int Diff200() => BodyDiff.Compare(before, after).Count;

    [Benchmark]
    public int Import200() => RegulationText.Import(text).Body.Provisions.Count;

    [Benchmark]
    public int ExportPlainText200() => PlainTextExport.Write(before).Length;

    [Benchmark]
    public int Search200() => search.Find("phu trach tai chinh").Count;

    private static string Generate(bool changed)
    {
        var lines = new System.Text.StringBuilder();
        var articles = changed ? 41 : 40;
        for (var i = 1; i <= articles; i++)
        {
            var edit = changed && i % 5 == 0 ? " đã được sửa đổi, bổ sung" : "";
            lines.Append($"Điều {i}. Nhiệm vụ thứ {i} của Phó Chủ tịch phụ trách lĩnh vực\n");
            lines.Append($"1. Phó Chủ tịch phụ trách tài chính, kế hoạch giúp Chủ tịch theo dõi nhiệm vụ {i}{edit}, chịu trách nhiệm trước Chủ tịch và trước pháp luật.\n");
            lines.Append("2. Trực tiếp chỉ đạo các cơ quan chuyên môn:\n");
            lines.Append($"a) Phòng Tài chính - Kế hoạch về ngân sách, đầu tư công của nhiệm vụ {i};\n");
            lines.Append("b) Phòng Tài nguyên và Môi trường về đất đai, môi trường trên địa bàn huyện.\n");
        }

        return lines.ToString();
    }
}
