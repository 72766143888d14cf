using Chancery.Portal.Setup;
using Chancery.Portal.Texts;
using Chancery.V1;
using Microsoft.AspNetCore.Mvc;

namespace Chancery.Portal.Pages.Appointments;

/// <summary>
/// Appoints an official to a position of the unit (Appoint): permanent, acting (Q.) or concurrent
/// (kiêm nhiệm), from a date, on a decision. The official is found by name on the same page, or
/// comes from the page that created them.
/// </summary>
public sealed class AppointModel(V1.Units.UnitsClient units, V1.Positions.PositionsClient positions) : ChangePage
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }
    [BindProperty(SupportsGet = true, Name = "officialId")] public string? OfficialId { get; set; }
    [BindProperty(Name = "official_id")] public string? ChosenOfficialId { get; set; }
    [BindProperty(Name = "position_id")] public string? PositionId { get; set; }
    [BindProperty(Name = "kind")] public AppointmentKind Kind { get; set; } = AppointmentKind.Permanent;
    [BindProperty(Name = "valid_from")] public string? ValidFrom { get; set; }
    [BindProperty(Name = "valid_to")] public string? ValidTo { get; set; }
    [BindProperty(Name = "basis")] public string? BasisNumber { get; set; }
    [BindProperty(Name = "basis_date")] public string? BasisDate { get; set; }
    [BindProperty(Name = "basis_issuer")] public string? BasisIssuer { get; set; }
    [BindProperty(Name = "reason")] public string? Reason { get; set; }

    public Unit? Unit { get; private set; }
    public IReadOnlyList<StaffedPosition> UnitPositions { get; private set; } = [];
    public IReadOnlyList<Official> Officials { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        ChosenOfficialId ??= OfficialId;
        await LoadAsync();
        return Problem is null ? Page() : Refused();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var request = new AppointRequest
        {
            OfficialId = ChosenOfficialId ?? "", PositionId = PositionId ?? "", Kind = Kind, ValidFrom = Dates.ToIso(ValidFrom), ValidTo = Dates.ToIso(ValidTo),
            Basis = ToBasis(BasisNumber, BasisDate, BasisIssuer), Reason = Reason ?? "",
        };
        var appointed = await Call(ct => positions.AppointAsync(request, cancellationToken: ct).ResponseAsync);
        if (appointed is null)
        {
            await LoadAsync();
            return Refused();
        }

        return BackToUnit(Id, C.Appointed, appointed.Appointment.ValidFrom, "#positions");
    }

    private async Task LoadAsync()
    {
        Unit = await LoadUnitAsync(units, Id);
        var date = Dates.TryRead(ValidFrom, out var from) ? Dates.Iso(from) : AsOf;
        UnitPositions = (await Call(ct => positions.ListUnitPositionsAsync(new ListUnitPositionsRequest { UnitId = Id, AsOf = date }, cancellationToken: ct).ResponseAsync))?.Positions ?? [];
        var found = new List<Official>();
        if (Query is { Length: > 0 } q)
        {
            found.AddRange((await Call(ct => positions.SearchOfficialsAsync(new SearchOfficialsRequest { Query = q, PageSize = 50 }, cancellationToken: ct).ResponseAsync))?.Officials ?? []);
        }

        if (ChosenOfficialId is { Length: > 0 } chosen && found.All(o => o.Id != chosen) && Guid.TryParse(chosen, out _))
        {
            if ((await Call(ct => positions.GetOfficialAsync(new GetOfficialRequest { Id = chosen }, cancellationToken: ct).ResponseAsync))?.Official is { } official)
            {
                found.Insert(0, official);
            }
        }

        Officials = found;
    }

    public IEnumerable<(string Value, string Text)> PositionOptions() =>
        new[] { ("", C.ChoosePosition) }.Concat(UnitPositions.Select(p => (p.Position.Id,
            $"{p.Position.Title} — {C.Role(p.Position.Role)}{(p.Vacant ? " (" + T.Vacant + ")" : "")}")));

    public IEnumerable<(string Value, string Text)> OfficialOptions() =>
        Officials.Select(o => (o.Id, o.FullName + (o.RankName.Length > 0 ? $" ({o.RankName})" : "")));

    public static IEnumerable<(string Value, string Text)> AppointmentKindOptions() =>
        new[] { AppointmentKind.Permanent, AppointmentKind.Acting, AppointmentKind.Concurrent }.Select(k => (k.ToString(), Names.Of(k)));
}
