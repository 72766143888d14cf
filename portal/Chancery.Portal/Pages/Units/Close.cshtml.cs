using Chancery.Portal.Setup;
using Chancery.V1;
using Microsoft.AspNetCore.Mvc;

namespace Chancery.Portal.Pages.Units;

/// <summary>Ends a unit from its first day without it (CloseUnit), its positions with it when asked, with the version read.</summary>
public sealed class CloseModel(V1.Units.UnitsClient units) : ChangePage
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty(Name = "effective_date")] public string? EffectiveDate { get; set; }
    [BindProperty(Name = "reason")] public string? Reason { get; set; }
    [BindProperty(Name = "close_positions")] public bool ClosePositions { get; set; }
    [BindProperty(Name = "expected_version")] public long ExpectedVersion { get; set; }

    public Unit? Unit { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Unit = await LoadUnitAsync(units, Id);
        if (Unit is null)
        {
            return Refused();
        }

        ExpectedVersion = Unit.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var request = new CloseUnitRequest
        {
            Id = Id, ExpectedVersion = ExpectedVersion, EffectiveDate = Dates.ToIso(EffectiveDate), Reason = Reason ?? "", ClosePositions = ClosePositions,
        };
        var closed = await Call(ct => units.CloseUnitAsync(request, cancellationToken: ct).ResponseAsync);
        if (closed is null)
        {
            var problem = Problem;
            Unit = await LoadUnitAsync(units, Id);
            Problem = problem;
            return Refused();
        }

        // Its last day is the eve of the closing: its page shows it as it ended.
        return BackToUnit(Id, T.Closed, Dates.DayBefore(closed.Unit.ClosedOn));
    }
}
