using Chancery.Portal.Setup;
using Chancery.V1;
using Google.Protobuf.WellKnownTypes;
using Microsoft.AspNetCore.Mvc;

namespace Chancery.Portal.Pages.Units;

/// <summary>
/// Changes a unit's name, short name, kind or code from an effective date (UpdateUnit), with the
/// version read when the page was opened: what differs from what was read goes in the field mask.
/// </summary>
public sealed class RenameModel(V1.Units.UnitsClient units) : ChangePage
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty(Name = "name")] public string? Name { get; set; }
    [BindProperty(Name = "short_name")] public string? ShortName { get; set; }
    [BindProperty(Name = "kind")] public UnitKind Kind { get; set; }
    [BindProperty(Name = "code")] public string? Code { get; set; }
    [BindProperty(Name = "effective_date")] public string? EffectiveDate { get; set; }
    [BindProperty(Name = "reason")] public string? Reason { get; set; }
    [BindProperty(Name = "expected_version")] public long ExpectedVersion { get; set; }

    /// <summary>What the page showed when it was opened: the fields that differ from it are changed.</summary>
    [BindProperty(Name = "was_name")] public string? WasName { get; set; }
    [BindProperty(Name = "was_short_name")] public string? WasShortName { get; set; }
    [BindProperty(Name = "was_kind")] public UnitKind WasKind { get; set; }
    [BindProperty(Name = "was_code")] public string? WasCode { get; set; }

    public Unit? Unit { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Unit = await LoadUnitAsync(units, Id);
        if (Unit is null)
        {
            return Refused();
        }

        (Name, ShortName, Kind, Code, ExpectedVersion) = (Unit.Name, Unit.ShortName, Unit.Kind, Unit.Code, Unit.Version);
        (WasName, WasShortName, WasKind, WasCode) = (Unit.Name, Unit.ShortName, Unit.Kind, Unit.Code);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var mask = new FieldMask();
        foreach (var (path, now, was) in new[] { ("name", Name, WasName), ("short_name", ShortName, WasShortName), ("kind", Kind.ToString(), WasKind.ToString()), ("code", Code, WasCode) })
        {
            if ((now ?? "") != (was ?? ""))
            {
                mask.Paths.Add(path);
            }
        }

        var request = new UpdateUnitRequest
        {
            Id = Id, Name = Name ?? "", ShortName = ShortName ?? "", Kind = Kind, Code = Code ?? "", UpdateMask = mask,
            ExpectedVersion = ExpectedVersion, EffectiveDate = Dates.ToIso(EffectiveDate), Reason = Reason ?? "",
        };
        var updated = await Call(ct => units.UpdateUnitAsync(request, cancellationToken: ct).ResponseAsync);
        if (updated is null)
        {
            Unit = await LoadUnitAsync(units, Id);
            return Refused();
        }

        return BackToUnit(Id, T.Renamed, updated.Unit.ValidFrom);
    }
}
