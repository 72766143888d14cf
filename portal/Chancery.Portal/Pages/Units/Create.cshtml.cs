using Chancery.Portal.Setup;
using Chancery.V1;
using Microsoft.AspNetCore.Mvc;

namespace Chancery.Portal.Pages.Units;

/// <summary>Creates a unit (below <c>parentId</c>, or at the top); the server's refusal is shown beside each field.</summary>
public sealed class CreateModel(V1.Units.UnitsClient units) : PortalPage
{
    [BindProperty(SupportsGet = true, Name = "parentId")]
    public string? ParentId { get; set; }

    [BindProperty(Name = "name")]
    public string? Name { get; set; }

    [BindProperty(Name = "short_name")]
    public string? ShortName { get; set; }

    [BindProperty(Name = "kind")]
    public UnitKind Kind { get; set; }

    [BindProperty(Name = "code")]
    public string? Code { get; set; }

    [BindProperty(Name = "valid_from")]
    public string? ValidFrom { get; set; }

    [BindProperty(Name = "reason")]
    public string? Reason { get; set; }

    public Unit? Parent { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadParentAsync();
        return Problem is null ? Page() : Refused();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var request = new CreateUnitRequest
        {
            Name = Name ?? "",
            ShortName = ShortName ?? "",
            Kind = Kind,
            ParentId = ParentId ?? "",
            Code = Code ?? "",
            ValidFrom = Dates.ToIso(ValidFrom),
            Reason = Reason ?? "",
        };
        var created = await Call(ct => units.CreateUnitAsync(request, cancellationToken: ct).ResponseAsync);
        if (created is null)
        {
            await LoadParentAsync();
            return Refused();
        }

        TempData["done"] = T.Created;
        var asOf = created.Unit.ValidFrom;
        return Redirect($"/units/{Uri.EscapeDataString(created.Unit.Id)}?asOf={asOf}");
    }

    private async Task LoadParentAsync()
    {
        if (ParentId is { Length: > 0 } id)
        {
            Parent = (await Call(ct => units.GetUnitAsync(new GetUnitRequest { Id = id, AsOf = AsOf }, cancellationToken: ct).ResponseAsync))?.Unit;
        }
    }

    public FieldInput Input(string name, string label, string? value, string? hint) => new(name, label, value, hint, FieldError(name), T.ErrorPrefix);
}
