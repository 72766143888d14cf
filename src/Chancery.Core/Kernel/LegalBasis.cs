using Chancery.Core.Errors;
using Chancery.Core.Text;
using Chancery.Core.Time;

namespace Chancery.Core.Kernel;

/// <summary>
/// The legal basis of a reorganization: the document's number and symbol (e.g. 202/2025/QH15),
/// its date, the issuing body and its title.
/// </summary>
public sealed record LegalBasis(string Number, DateOnly? Date, string? Issuer, string? Title)
{
    public static LegalBasis Check(string? number, DateOnly? date, string? issuer, string? title, InputErrors errors, string field = "basis")
    {
        var numberAllowed = TextGuard.Check(number, errors, $"{field}.number");
        var cleanNumber = numberAllowed ? VietnameseText.Clean(number) : "";
        if (numberAllowed && cleanNumber.Length is 0 or > 100)
        {
            errors.Add($"{field}.number", "The basis needs the document's number and symbol (e.g. 202/2025/QH15), at most 100 characters.");
        }

        var cleanIssuer = TextGuard.Line(issuer, errors, $"{field}.issuer");
        var cleanTitle = TextGuard.Line(title, errors, $"{field}.title");
        if (cleanIssuer.Length > 200)
        {
            errors.Add($"{field}.issuer", "At most 200 characters.");
        }

        if (cleanTitle.Length > 500)
        {
            errors.Add($"{field}.title", "At most 500 characters.");
        }

        return new LegalBasis(cleanNumber, date, cleanIssuer.Length == 0 ? null : cleanIssuer, cleanTitle.Length == 0 ? null : cleanTitle);
    }

    /// <summary>"Nghị quyết 202/2025/QH15 ngày 2025-06-12 (Quốc hội)": the reason recorded in the audit trail.</summary>
    public override string ToString() =>
        string.Concat(Title is { } t ? t + " " : "", Number, Date is { } d ? " ngày " + IsoDate.Format(d) : "", Issuer is { } i ? $" ({i})" : "");
}
