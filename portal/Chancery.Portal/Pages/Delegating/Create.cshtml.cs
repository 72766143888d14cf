using Chancery.Portal.Setup;
using Chancery.V1;
using Microsoft.AspNetCore.Mvc;

namespace Chancery.Portal.Pages.Delegating;

/// <summary>
/// A delegation by the head of the unit: fields of work to a deputy (Assign, KT.), an authorization
/// of a subordinate head (Authorize, TUQ.) or a grant by order (GrantByOrder, TL.). Before saving,
/// "check" shows what CheckConflicts reports for the unit on the start date and which other
/// deputies already hold the fields chosen; an overlap on purpose is said with its reason.
/// </summary>
public sealed class CreateModel(V1.Units.UnitsClient units, V1.Positions.PositionsClient positions, V1.Delegations.DelegationsClient delegations)
    : ChangePage
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    /// <summary>assignment, authorization or by_order.</summary>
    [BindProperty(SupportsGet = true, Name = "kind")] public string Kind { get; set; } = "assignment";
    [BindProperty(Name = "delegator_official_id")] public string? DelegatorId { get; set; }
    [BindProperty(Name = "delegate_official_id")] public string? DelegateId { get; set; }
    [BindProperty(Name = "field_codes")] public List<string> FieldCodes { get; set; } = [];
    [BindProperty(Name = "document_kinds")] public string? DocumentKinds { get; set; }
    [BindProperty(Name = "scope")] public string? Scope { get; set; }
    [BindProperty(Name = "valid_from")] public string? ValidFrom { get; set; }
    [BindProperty(Name = "valid_to")] public string? ValidTo { get; set; }
    [BindProperty(Name = "basis")] public string? BasisNumber { get; set; }
    [BindProperty(Name = "basis_date")] public string? BasisDate { get; set; }
    [BindProperty(Name = "basis_issuer")] public string? BasisIssuer { get; set; }
    [BindProperty(Name = "overlap_on_purpose")] public bool OverlapOnPurpose { get; set; }
    [BindProperty(Name = "reason")] public string? Reason { get; set; }

    public Unit? Unit { get; private set; }
    public IReadOnlyList<StaffedPosition> UnitPositions { get; private set; } = [];
    public IReadOnlyList<(string Unit, StaffedPosition Head)> SubordinateHeads { get; private set; } = [];
    public IReadOnlyList<Field> Fields { get; private set; } = [];
    public DelegationConflicts? Conflicts { get; private set; }

    public bool IsAssignment => Kind == "assignment";
    public bool IsAuthorization => Kind == "authorization";
    public bool IsByOrder => Kind == "by_order";

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        DelegatorId ??= UnitPositions.FirstOrDefault(p => p.Position.Role == PositionRole.Head)?.Holders.FirstOrDefault()?.Official.Id;
        return Problem is null ? Page() : Refused();
    }

    /// <summary>Shows the conflicts before saving; stores nothing.</summary>
    public async Task<IActionResult> OnPostCheckAsync()
    {
        await LoadAsync();
        Conflicts = await DelegationConflicts.FindAsync(delegations, Id, Date, IsAssignment ? FieldCodes : [], DelegateId, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var basis = ToBasis(BasisNumber, BasisDate, BasisIssuer);
        var (from, to, kinds) = (Dates.ToIso(ValidFrom), Dates.ToIso(ValidTo), Lines(DocumentKinds).ToList());
        var saved = Kind switch
        {
            "authorization" => (await Call(ct => delegations.AuthorizeAsync(new AuthorizeRequest
            {
                UnitId = Id, DelegatorOfficialId = DelegatorId ?? "", DelegateOfficialId = DelegateId ?? "", Scope = Scope ?? "", FieldCodes = { FieldCodes },
                DocumentKinds = { kinds }, ValidFrom = from, ValidTo = to, Basis = basis, Reason = Reason ?? "",
            }, cancellationToken: ct).ResponseAsync))?.Delegation,
            "by_order" => (await Call(ct => delegations.GrantByOrderAsync(new GrantByOrderRequest
            {
                UnitId = Id, DelegatorOfficialId = DelegatorId ?? "", DelegateOfficialId = DelegateId ?? "", FieldCodes = { FieldCodes },
                DocumentKinds = { kinds }, ValidFrom = from, ValidTo = to, Basis = basis, Reason = Reason ?? "",
            }, cancellationToken: ct).ResponseAsync))?.Delegation,
            _ => (await Call(ct => delegations.AssignAsync(new AssignRequest
            {
                UnitId = Id, DelegatorOfficialId = DelegatorId ?? "", DelegateOfficialId = DelegateId ?? "", FieldCodes = { FieldCodes },
                ValidFrom = from, ValidTo = to, Basis = basis, OverlapOnPurpose = OverlapOnPurpose, Reason = Reason ?? "",
            }, cancellationToken: ct).ResponseAsync))?.Delegation,
        };
        if (saved is null)
        {
            await LoadAsync();
            if (IsAssignment)
            {
                Conflicts = await DelegationConflicts.FindAsync(delegations, Id, Date, FieldCodes, DelegateId, HttpContext.RequestAborted);
            }

            return Refused();
        }

        return BackToUnit(Id, C.DelegationSaved, saved.ValidFrom, "#deputies");
    }

    /// <summary>The date the choices are read on: the start typed, or the page's date.</summary>
    private string Date => Dates.TryRead(ValidFrom, out var from) ? Dates.Iso(from) : AsOf;

    private async Task LoadAsync()
    {
        Unit = await LoadUnitAsync(units, Id);
        UnitPositions = (await Call(ct => positions.ListUnitPositionsAsync(new ListUnitPositionsRequest { UnitId = Id, AsOf = Date }, cancellationToken: ct).ResponseAsync))?.Positions ?? [];
        Fields = (await Call(ct => delegations.ListFieldsAsync(new ListFieldsRequest(), cancellationToken: ct).ResponseAsync))?.Fields
            .OrderBy(f => f.Name, Languages.VietnameseOrder).ToList() ?? [];
        if (!IsAssignment)
        {
            var heads = new List<(string, StaffedPosition)>();
            var children = (await Call(ct => units.ListChildrenAsync(new ListChildrenRequest { ParentId = Id, AsOf = Date, PageSize = 100 }, cancellationToken: ct).ResponseAsync))?.Units ?? [];
            foreach (var child in children)
            {
                if ((await Call(ct => positions.GetHeadAsync(new GetHeadRequest { UnitId = child.Id, AsOf = Date }, cancellationToken: ct).ResponseAsync))?.Head is { } head)
                {
                    heads.Add((child.Name, head));
                }
            }

            SubordinateHeads = heads;
            if (Problem?.Code == Grpc.Core.StatusCode.NotFound)
            {
                Problem = null; // A unit below without a head position: not a refusal of this page.
            }
        }
    }

    public IEnumerable<(string Value, string Text)> DelegatorOptions() =>
        new[] { ("", C.ChooseOfficial) }.Concat(UnitPositions.Where(p => p.Position.Role == PositionRole.Head)
            .SelectMany(p => p.Holders).Select(h => (h.Official.Id, $"{h.Official.FullName} — {h.DisplayTitle}")));

    public IEnumerable<(string Value, string Text)> DelegateOptions()
    {
        var own = UnitPositions.Where(p => IsAssignment ? p.Position.Role == PositionRole.Deputy : IsByOrder && p.Position.Role == PositionRole.ChiefOfOffice)
            .SelectMany(p => p.Holders).Select(h => (h.Official.Id, $"{h.Official.FullName} — {h.DisplayTitle}"));
        var below = SubordinateHeads.SelectMany(s => s.Head.Holders.Select(h => (h.Official.Id, $"{h.Official.FullName} — {h.DisplayTitle}, {s.Unit}")));
        return new[] { ("", C.ChooseOfficial) }.Concat(own).Concat(below);
    }

    public IEnumerable<(string Value, string Text)> FieldOptions() => Fields.Select(f => (f.Code, f.Name));

    public string FieldName(string code) => Fields.FirstOrDefault(f => f.Code == code)?.Name ?? code;

    public string Title => IsAuthorization ? C.Authorize : IsByOrder ? C.GrantByOrder : C.Assign;
}
