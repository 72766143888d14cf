using Chancery.Portal.Setup;
using Chancery.V1;
using Microsoft.AspNetCore.Mvc;

namespace Chancery.Portal.Pages.Appointments;

/// <summary>
/// Ends one of the unit's appointments from a date (EndAppointment), with the version read; the
/// answer lists the delegations that end with it (made or received), shown on the page.
/// </summary>
public sealed class EndModel(V1.Units.UnitsClient units, V1.Positions.PositionsClient positions) : ChangePage
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    /// <summary>The appointment chosen, as "id/version": the version read when the page was shown.</summary>
    [BindProperty(Name = "appointment")] public string? Chosen { get; set; }
    [BindProperty(Name = "effective_date")] public string? EffectiveDate { get; set; }
    [BindProperty(Name = "reason")] public string? Reason { get; set; }

    public Unit? Unit { get; private set; }
    public IReadOnlyList<Holder> Holders { get; private set; } = [];
    public EndAppointmentResponse? Ended { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Problem is null ? Page() : Refused();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var parts = (Chosen ?? "").Split('/');
        var request = new EndAppointmentRequest
        {
            Id = parts[0], ExpectedVersion = parts.Length > 1 && long.TryParse(parts[1], out var v) ? v : 0,
            EffectiveDate = Dates.ToIso(EffectiveDate), Reason = Reason ?? "",
        };
        Ended = await Call(ct => positions.EndAppointmentAsync(request, cancellationToken: ct).ResponseAsync);
        await LoadAsync();
        return Ended is null ? Refused() : Page();
    }

    private async Task LoadAsync()
    {
        Unit = await LoadUnitAsync(units, Id);
        Holders = (await Call(ct => positions.ListUnitPositionsAsync(new ListUnitPositionsRequest { UnitId = Id, AsOf = AsOf }, cancellationToken: ct).ResponseAsync))?
            .Positions.SelectMany(p => p.Holders).ToList() ?? [];
    }

    public IEnumerable<(string Value, string Text)> HolderOptions() =>
        Holders.Select(h => ($"{h.Appointment.Id}/{h.Appointment.Version}",
            $"{h.Official.FullName} — {h.DisplayTitle} ({Texts.Names.Of(h.Appointment.Kind)}, {T.ValidFrom.ToLowerInvariant()} {Dates.Show(h.Appointment.ValidFrom)})"));

    /// <summary>The summary links a violation of <c>id</c> or <c>expected_version</c> to the choice of appointment.</summary>
    public override string FieldAnchor(string field) => field is "id" or "expected_version" ? "f-appointment" : base.FieldAnchor(field);
}
