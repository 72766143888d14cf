using System.Text.RegularExpressions;

namespace Chancery.Core.Units;

/// <summary>
/// The electronic identifier code of an agency (mã định danh điện tử, Decision 20/2020/QĐ-TTg):
/// four groups, <c>ddd.dd.dd.Xdd</c>, e.g. <c>000.00.00.H30</c> (a province) or
/// <c>000.00.04.G14</c> (a ministry's unit); the last group is a letter and two digits.
/// </summary>
public static partial class UnitCode
{
    public const string Form = "ddd.dd.dd.Xdd (e.g. 000.00.00.H30)";

    /// <summary>Trims and upper-cases; empty means no code.</summary>
    public static string? Normalize(string? code) =>
        string.IsNullOrWhiteSpace(code) ? null : code.Trim().ToUpperInvariant();

    public static bool IsValid(string code) => Pattern().IsMatch(code);

    [GeneratedRegex(@"^[0-9]{3}\.[0-9]{2}\.[0-9]{2}\.[A-Z][0-9]{2}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
