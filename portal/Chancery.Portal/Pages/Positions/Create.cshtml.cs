using Chancery.Portal.Setup;
using Chancery.V1;
using Microsoft.AspNetCore.Mvc;

namespace Chancery.Portal.Pages.Positions;

/// <summary>Creates a position in a unit (CreatePosition): title, role, whether the unit is a collective body, from a date.</summary>
public sealed class CreateModel(V1.Units.UnitsClient units, V1.Positions.PositionsClient positions) : ChangePage
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty(Name = "title")] public string? Title { get; set; }
    [BindProperty(Name = "role")] public PositionRole Role { get; set; }
    [BindProperty(Name = "collective_body")] public bool CollectiveBody { get; set; }
    [BindProperty(Name = "valid_from")] public string? ValidFrom { get; set; }
    [BindProperty(Name = "reason")] public string? Reason { get; set; }

    public Unit? Unit { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Unit = await LoadUnitAsync(units, Id);
        return Unit is null ? Refused() : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var request = new CreatePositionRequest
        {
            UnitId = Id, Title = Title ?? "", Role = Role, CollectiveBody = CollectiveBody, ValidFrom = Dates.ToIso(ValidFrom), Reason = Reason ?? "",
        };
        var created = await Call(ct => positions.CreatePositionAsync(request, cancellationToken: ct).ResponseAsync);
        if (created is null)
        {
            Unit = await LoadUnitAsync(units, Id);
            return Refused();
        }

        return BackToUnit(Id, C.PositionCreated, created.Position.ValidFrom, "#positions");
    }
}
