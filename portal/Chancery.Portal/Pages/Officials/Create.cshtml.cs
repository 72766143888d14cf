using Chancery.V1;
using Microsoft.AspNetCore.Mvc;

namespace Chancery.Portal.Pages.Officials;

/// <summary>
/// Creates an official (CreateOfficial): the name and the civil-service rank, nothing more. Opened
/// from a unit, it goes on to appointing the new official in that unit.
/// </summary>
public sealed class CreateModel(V1.Positions.PositionsClient positions) : ChangePage
{
    [BindProperty(SupportsGet = true, Name = "unitId")] public string? UnitId { get; set; }
    [BindProperty(Name = "full_name")] public string? FullName { get; set; }
    [BindProperty(Name = "rank_code")] public string? RankCode { get; set; }
    [BindProperty(Name = "reason")] public string? Reason { get; set; }

    public IReadOnlyList<Rank> Ranks { get; private set; } = [];
    public Official? Created { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadRanksAsync();
        return Problem is null ? Page() : Refused();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var request = new CreateOfficialRequest { FullName = FullName ?? "", RankCode = RankCode ?? "", Reason = Reason ?? "" };
        var created = await Call(ct => positions.CreateOfficialAsync(request, cancellationToken: ct).ResponseAsync);
        if (created is null)
        {
            await LoadRanksAsync();
            return Refused();
        }

        if (UnitId is { Length: > 0 } unit)
        {
            TempData["done"] = C.OfficialCreated;
            return Redirect($"/units/{Uri.EscapeDataString(unit)}/appoint?officialId={Uri.EscapeDataString(created.Official.Id)}" +
                (AsOf.Length > 0 ? "&asOf=" + Uri.EscapeDataString(AsOf) : ""));
        }

        Created = created.Official;
        (FullName, RankCode, Reason) = (null, null, null);
        await LoadRanksAsync();
        return Page();
    }

    private async Task LoadRanksAsync() =>
        Ranks = (await Call(ct => positions.ListRanksAsync(new ListRanksRequest(), cancellationToken: ct).ResponseAsync))?.Ranks ?? [];

    public IEnumerable<(string Value, string Text)> RankOptions() =>
        new[] { ("", C.ChooseRank) }.Concat(Ranks.Select(r => (r.Code, $"{r.Name} ({r.Code})")));
}
