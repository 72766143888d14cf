using Chancery.Portal.Setup;
using Chancery.Portal.Texts;
using Chancery.V1;
using Microsoft.AspNetCore.Mvc;

namespace Chancery.Portal.Pages;

/// <summary>
/// What the change pages share: their words, a form field with the server's message beside it, the
/// unit the change is about, and the way back to the unit's page once the server has said yes.
/// </summary>
public abstract class ChangePage : PortalPage
{
    public ChangeText C => ChangeText.Current;

    public FieldInput Input(string name, string label, string? value, string? hint = null, string? error = null) =>
        new(name, label, value, hint, error ?? FieldError(name), T.ErrorPrefix);

    public ChoiceInput Choice(string name, string label, string? chosen, IEnumerable<(string Value, string Text)> options, ChoiceStyle style = ChoiceStyle.Select, string? hint = null, string? error = null) =>
        new(name, label, chosen is null ? [] : [chosen], options.ToList(), hint, error ?? FieldError(name), T.ErrorPrefix, style);

    public ChoiceInput Checks(string name, string label, IReadOnlyCollection<string> chosen, IEnumerable<(string Value, string Text)> options, string? hint = null) =>
        new(name, label, chosen, options.ToList(), hint, FieldError(name), T.ErrorPrefix, ChoiceStyle.Checkboxes);

    /// <summary>The kinds of unit, in the page's language, after "choose a kind".</summary>
    public IEnumerable<(string Value, string Text)> KindOptions() =>
        new[] { (UnitKind.Unspecified.ToString(), T.ChooseKind) }.Concat(Names.UnitKinds.Select(k => (k.ToString(), Names.Of(k))));

    /// <summary>A date field: its label, the dd/MM/yyyy hint, the value as the person typed it (or the API's, shown dd/MM/yyyy).</summary>
    public FieldInput DateInput(string name, string label, string? value, string? hint = null) =>
        Input(name, label, Dates.TryRead(value, out _) ? Dates.Show(Dates.ToIso(value)) : value, hint ?? T.DateHint);

    /// <summary>The legal basis as three fields: number (named <c>basis</c>, so the summary's <c>basis.*</c> links land on it), date, issuer.</summary>
    public IEnumerable<FieldInput> BasisInputs(string? number, string? date, string? issuer) =>
    [
        Input("basis", C.BasisNumber, number, C.BasisNumberHint, FieldError("basis.number") ?? FieldError("basis.title")),
        DateInput("basis_date", C.BasisDate, date) with { Error = FieldError("basis.date") },
        Input("basis_issuer", C.BasisIssuer + " " + T.Optional, issuer, null, FieldError("basis.issuer")),
    ];

    public static Basis ToBasis(string? number, string? date, string? issuer) =>
        new() { Number = number ?? "", Date = Dates.ToIso(date), Issuer = issuer ?? "" };

    /// <summary>The unit as of the page's date, or the server's refusal kept for the page.</summary>
    protected async Task<Unit?> LoadUnitAsync(V1.Units.UnitsClient units, string id, string? asOf = null) =>
        (await Call(ct => units.GetUnitAsync(new GetUnitRequest { Id = id, AsOf = asOf ?? AsOf }, cancellationToken: ct).ResponseAsync))?.Unit;

    /// <summary>This page's address for a named handler (a second submit button), keeping the as-of date.</summary>
    public string HandlerUrl(string handler) =>
        Request.Path + "?handler=" + Uri.EscapeDataString(handler) + (AsOf.Length > 0 ? "&asOf=" + Uri.EscapeDataString(AsOf) : "");

    /// <summary>Back to the unit's page on the date the change shows, with the message of what was done.</summary>
    protected IActionResult BackToUnit(string id, string message, string? asOf, string anchor = "")
    {
        TempData["done"] = message;
        var date = asOf is { Length: > 0 } ? asOf : AsOf;
        return Redirect("/units/" + Uri.EscapeDataString(id) + (date.Length > 0 ? "?asOf=" + Uri.EscapeDataString(date) : "") + anchor);
    }

    /// <summary>A unit as the person typed it in a plan or a form: an id (a GUID), <c>ref:x</c> for a unit the plan establishes, or a code.</summary>
    public static UnitRef? ToRef(string? text)
    {
        var t = text?.Trim() ?? "";
        return t.Length == 0 ? null
            : Guid.TryParse(t, out _) ? new UnitRef { Id = t }
            : t.StartsWith("ref:", StringComparison.Ordinal) ? new UnitRef { Ref = t[4..] }
            : new UnitRef { Code = t };
    }

    public static string Show(UnitRef? r) => r is null ? "" : r.KeyCase switch
    {
        UnitRef.KeyOneofCase.Id => r.Id,
        UnitRef.KeyOneofCase.Ref => "ref:" + r.Ref,
        UnitRef.KeyOneofCase.Code => r.Code,
        _ => "",
    };

    public static IEnumerable<string> Lines(string? text) =>
        (text ?? "").Split(['\n', '\r', ';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
