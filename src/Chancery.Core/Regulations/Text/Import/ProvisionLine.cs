using System.Text.RegularExpressions;

namespace Chancery.Core.Regulations.Text.Import;

/// <summary>
/// One cleaned line read as the start of a provision (<c>Chương II</c>, <c>Mục 1.</c>,
/// <c>Điều 5a. Heading</c>, <c>2. text</c>, <c>đ) text</c>) or, when <see cref="Kind"/> is null, as
/// text that continues the provision before it.
/// </summary>
internal readonly record struct ProvisionLine(ProvisionKind? Kind, string Number, string Rest)
{
    // Chương and Mục take their heading on the same line after '.', ':' or '-', or on the next line.
    private static readonly Regex Chapter = new(@"^(?:Chương|CHƯƠNG)\s+([IVXLCDM]+|\d{1,4})(?:\s*[.:\-–—]\s*(.*)|\s*)$", RegexOptions.CultureInvariant);
    private static readonly Regex Section = new(@"^(?:Mục|MỤC)\s+(\d{1,4}[a-z]?)(?:\s*[.:\-–—]\s*(.*)|\s*)$", RegexOptions.CultureInvariant);
    private static readonly Regex Article = new(@"^Điều\s+(\d{1,4}[a-zđ]?\d?)\.(?:\s+(.*))?$", RegexOptions.CultureInvariant);
    private static readonly Regex Clause = new(@"^(\d{1,3}[a-zđ]?\d?)\.(?:\s+(.*))?$", RegexOptions.CultureInvariant);
    private static readonly Regex Point = new(@"^([a-eg-ik-vxyđ]\d{0,2})\)(?:\s+(.*))?$", RegexOptions.CultureInvariant);

    public static ProvisionLine Read(string line)
    {
        if (line.Length == 0)
        {
            return default;
        }

        (ProvisionKind Kind, Regex Regex)? rule = line[0] switch
        {
            'C' => (ProvisionKind.Chapter, Chapter),
            'M' => (ProvisionKind.Section, Section),
            'Đ' => (ProvisionKind.Article, Article),
            >= '0' and <= '9' => (ProvisionKind.Clause, Clause),
            (>= 'a' and <= 'y') or 'đ' => (ProvisionKind.Point, Point),
            _ => null,
        };
        if (rule is not var (kind, regex))
        {
            return new(null, "", line);
        }

        var match = regex.Match(line);
        if (!match.Success)
        {
            return new(null, "", line);
        }

        return new(kind, match.Groups[1].Value, match.Groups[2].Value.Trim());
    }
}
