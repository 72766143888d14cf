using Chancery.Portal.Setup;
using Chancery.V1;
using Microsoft.AspNetCore.Mvc;

namespace Chancery.Portal.Pages.Delegating;

/// <summary>The delegations of a unit in effect on the page's date (every kind), each with a link to revoke it.</summary>
public sealed class IndexModel(V1.Units.UnitsClient units, V1.Delegations.DelegationsClient delegations) : ChangePage
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    public Unit? Unit { get; private set; }
    public IReadOnlyList<Delegation> InEffect { get; private set; } = [];
    public IReadOnlyList<Field> Fields { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        Unit = await LoadUnitAsync(units, Id);
        InEffect = (await Call(ct => delegations.ListDelegationsAsync(new ListDelegationsRequest { UnitId = Id, AsOf = AsOf, PageSize = 200 }, cancellationToken: ct).ResponseAsync))?
            .Delegations.OrderBy(d => d.Kind).ThenBy(d => d.DelegateName, Languages.VietnameseOrder).ToList() ?? [];
        Fields = (await Call(ct => delegations.ListFieldsAsync(new ListFieldsRequest(), cancellationToken: ct).ResponseAsync))?.Fields ?? [];
        return Problem is null ? Page() : Refused();
    }

    public string FieldName(string code) => Fields.FirstOrDefault(f => f.Code == code)?.Name ?? code;
}
