using Chancery.Portal.Setup;
using Chancery.V1;
using Microsoft.AspNetCore.Mvc;

namespace Chancery.Portal.Pages.Delegating;

/// <summary>Ends a delegation from a date (Revoke; before it begins, a cancellation), with the version read.</summary>
public sealed class RevokeModel(V1.Delegations.DelegationsClient delegations) : ChangePage
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty(SupportsGet = true, Name = "unitId")] public string? UnitId { get; set; }
    [BindProperty(Name = "effective_date")] public string? EffectiveDate { get; set; }
    [BindProperty(Name = "reason")] public string? Reason { get; set; }
    [BindProperty(Name = "expected_version")] public long ExpectedVersion { get; set; }

    public Delegation? Delegation { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        ExpectedVersion = Delegation?.Version ?? 0;
        return Delegation is null ? Refused() : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var request = new RevokeRequest { Id = Id, ExpectedVersion = ExpectedVersion, EffectiveDate = Dates.ToIso(EffectiveDate), Reason = Reason ?? "" };
        var revoked = await Call(ct => delegations.RevokeAsync(request, cancellationToken: ct).ResponseAsync);
        if (revoked is null)
        {
            await LoadAsync();
            return Refused();
        }

        return BackToUnit(revoked.Delegation.UnitId, C.Revoked, Dates.DayBefore(revoked.Delegation.EffectiveTo is { Length: > 0 } to ? to : revoked.Delegation.ValidFrom), "#deputies");
    }

    private async Task LoadAsync() =>
        Delegation = (await Call(ct => delegations.GetDelegationAsync(new GetDelegationRequest { Id = Id }, cancellationToken: ct).ResponseAsync))?.Delegation;
}
