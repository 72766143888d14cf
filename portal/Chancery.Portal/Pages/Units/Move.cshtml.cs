using Chancery.Portal.Setup;
using Chancery.Portal.Texts;
using Chancery.V1;
using Microsoft.AspNetCore.Mvc;

namespace Chancery.Portal.Pages.Units;

/// <summary>
/// Puts a unit under another parent (or at the top level) from an effective date (MoveUnit): the new
/// parent is found by a search on the same page, diacritics optional; the version read is sent back.
/// </summary>
public sealed class MoveModel(V1.Units.UnitsClient units) : ChangePage
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    /// <summary>The search for the new parent.</summary>
    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }
    [BindProperty(Name = "new_parent_id")] public string? NewParentId { get; set; }
    [BindProperty(Name = "effective_date")] public string? EffectiveDate { get; set; }
    [BindProperty(Name = "reason")] public string? Reason { get; set; }
    [BindProperty(SupportsGet = true, Name = "expected_version")] public long ExpectedVersion { get; set; }

    public Unit? Unit { get; private set; }
    public IReadOnlyList<Unit> Candidates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        Unit = await LoadUnitAsync(units, Id);
        if (Unit is null)
        {
            return Refused();
        }

        if (ExpectedVersion == 0)
        {
            ExpectedVersion = Unit.Version;
        }

        NewParentId = Unit.ParentId;
        await SearchAsync();
        return Problem is null ? Page() : Refused();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var request = new MoveUnitRequest
        {
            Id = Id, NewParentId = NewParentId ?? "", ExpectedVersion = ExpectedVersion, EffectiveDate = Dates.ToIso(EffectiveDate), Reason = Reason ?? "",
        };
        var moved = await Call(ct => units.MoveUnitAsync(request, cancellationToken: ct).ResponseAsync);
        if (moved is null)
        {
            var problem = Problem;
            Unit = await LoadUnitAsync(units, Id);
            await SearchAsync();
            Problem = problem;
            return Refused();
        }

        return BackToUnit(Id, C.Moved, moved.Unit.ValidFrom);
    }

    private async Task SearchAsync()
    {
        var found = new List<Unit>();
        if (Query is { Length: > 0 } q)
        {
            found.AddRange((await Call(ct => units.SearchUnitsAsync(new SearchUnitsRequest { Query = q, AsOf = AsOf, PageSize = 50 }, cancellationToken: ct).ResponseAsync))?.Units ?? []);
        }

        if (Unit?.ParentId is { Length: > 0 } parent && found.All(u => u.Id != parent))
        {
            if (await LoadUnitAsync(units, parent) is { } current)
            {
                found.Insert(0, current);
            }
        }

        Candidates = found.Where(u => u.Id != Id).ToList();
    }

    public IEnumerable<(string Value, string Text)> ParentOptions() =>
        new[] { ("", T.TopLevel) }.Concat(Candidates.Select(u => (u.Id, $"{u.Name} ({Names.Of(u.Kind)}{(u.Code.Length > 0 ? ", " + u.Code : "")})")));
}
