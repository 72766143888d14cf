using Chancery.Portal.Setup;
using Chancery.V1;
using Microsoft.AspNetCore.Mvc;

namespace Chancery.Portal.Pages.Hierarchy;

/// <summary>Search by name (diacritics optional: the server folds them) or code, as of the page's date; results in Vietnamese order.</summary>
public sealed class SearchModel(V1.Units.UnitsClient units) : PortalPage
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<Unit>? Results { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (string.IsNullOrWhiteSpace(Query))
        {
            return Page();
        }

        var answer = await Call(ct => units.SearchUnitsAsync(new SearchUnitsRequest { Query = Query, AsOf = AsOf, PageSize = 200 }, cancellationToken: ct).ResponseAsync);
        Results = answer?.Units.OrderBy(u => u.Name, Languages.VietnameseOrder).ToList();
        return Problem is null ? Page() : Refused();
    }
}
