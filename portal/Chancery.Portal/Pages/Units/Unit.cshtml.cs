using Chancery.Portal.Problems;
using Chancery.Portal.Setup;
using Chancery.V1;
using Microsoft.AspNetCore.Mvc;

namespace Chancery.Portal.Pages.Units;

/// <summary>
/// A unit as of the page's date: its attributes and versions, its lineage, the units below it, its
/// positions with holders and vacancies, its deputies with their fields, who may sign for it in a
/// chosen field (signature block and chain) and its audit entries. A part the person may not read
/// says so in its place; the rest of the page is shown.
/// </summary>
public sealed partial class UnitModel(
    V1.Units.UnitsClient units, Reorganizations.ReorganizationsClient reorganizations, V1.Positions.PositionsClient positions,
    Delegations.DelegationsClient delegations, Audit.AuditClient audit) : PortalPage
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    /// <summary>The field of work asked about in "who may sign"; "*" for every field.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Field { get; set; }

    public Unit? Unit { get; private set; }
    public IReadOnlyList<Unit> Ancestors { get; private set; } = [];
    public IReadOnlyList<Unit> Children { get; private set; } = [];
    public IReadOnlyList<Unit> Versions { get; private set; } = [];
    public IReadOnlyList<LineageEntry> Lineage { get; private set; } = [];
    public ListUnitPositionsResponse? Staffing { get; private set; }
    public IReadOnlyList<Delegation> Assignments { get; private set; } = [];
    public IReadOnlyList<V1.Field> FieldList { get; private set; } = [];
    public ResolveAuthorityResponse? Authority { get; private set; }
    public IReadOnlyList<AuditEntry>? AuditTrail { get; private set; }
    public Problem? AuditProblem { get; private set; }
    public Problem? PartProblem { get; private set; }

    /// <summary>The changes the person may make on this unit on the page's date (the server's answer): only these are offered.</summary>
    public IReadOnlySet<string> Rights { get; private set; } = new HashSet<string>();

    public bool May(string permission) => Rights.Contains(permission);

    public async Task<IActionResult> OnGetAsync()
    {
        Unit = (await Call(ct => units.GetUnitAsync(new GetUnitRequest { Id = Id, AsOf = AsOf }, cancellationToken: ct).ResponseAsync))?.Unit;
        if (Unit is null)
        {
            return Refused();
        }

        Rights = await CallerRights.OnAsync(HttpContext, AsOf, Id);
        Ancestors = (await Part(ct => units.GetAncestorsAsync(new GetAncestorsRequest { Id = Id, AsOf = AsOf }, cancellationToken: ct).ResponseAsync))?.Ancestors ?? [];
        Children = (await Part(ct => units.ListChildrenAsync(new ListChildrenRequest { ParentId = Id, AsOf = AsOf, PageSize = 1000 }, cancellationToken: ct).ResponseAsync))?.Units ?? [];
        Versions = (await Part(ct => units.GetUnitHistoryAsync(new GetUnitHistoryRequest { Id = Id }, cancellationToken: ct).ResponseAsync))?.Versions ?? [];
        Lineage = (await Part(ct => reorganizations.GetLineageAsync(new GetLineageRequest { UnitId = Id }, cancellationToken: ct).ResponseAsync))?.Entries ?? [];
        Staffing = await Part(ct => positions.ListUnitPositionsAsync(new ListUnitPositionsRequest { UnitId = Id, AsOf = AsOf }, cancellationToken: ct).ResponseAsync);
        Assignments = (await Part(ct => delegations.ListDelegationsAsync(new ListDelegationsRequest { UnitId = Id, AsOf = AsOf, PageSize = 200 }, cancellationToken: ct).ResponseAsync))?.Delegations
            .Where(d => d.Kind == DelegationKind.Assignment).OrderBy(d => d.DelegateName, Languages.VietnameseOrder).ToList() ?? [];
        FieldList = (await Part(ct => delegations.ListFieldsAsync(new ListFieldsRequest { UnitId = Id, AsOf = AsOf }, cancellationToken: ct).ResponseAsync))?.Fields
            .OrderBy(f => f.Name, Languages.VietnameseOrder).ToList() ?? [];
        await LoadRelatedNamesAsync();
        if (Field is { Length: > 0 })
        {
            Authority = await Part(ct => delegations.ResolveAuthorityAsync(
                new ResolveAuthorityRequest { UnitId = Id, FieldCode = Field == "*" ? "" : Field, AsOf = AsOf }, cancellationToken: ct).ResponseAsync);
        }

        try
        {
            AuditTrail = (await audit.ListAuditEntriesAsync(new ListAuditEntriesRequest { EntityKind = "unit", EntityId = Id, NewestFirst = true, PageSize = 20 },
                cancellationToken: HttpContext.RequestAborted)).Entries;
        }
        catch (Grpc.Core.RpcException ex) when (ex.StatusCode is Grpc.Core.StatusCode.PermissionDenied)
        {
            AuditProblem = Problems.Problem.From(ex);
        }

        return PartProblem is { Code: not Grpc.Core.StatusCode.PermissionDenied } ? Refused() : Page();
    }

    /// <summary>A part of the page: a refusal is kept for the page (the first one), the rest still shown.</summary>
    private async Task<TResult?> Part<TResult>(Func<CancellationToken, Task<TResult>> call)
        where TResult : class
    {
        try
        {
            return await call(HttpContext.RequestAborted);
        }
        catch (Grpc.Core.RpcException ex) when (ex.StatusCode != Grpc.Core.StatusCode.Cancelled)
        {
            PartProblem ??= Problems.Problem.From(ex);
            Problem ??= PartProblem;
            return null;
        }
    }

    public Dictionary<string, string> KeepParent(string id) => Keep(("parentId", id));

    public string FieldName(string code) => FieldList.FirstOrDefault(f => f.Code == code)?.Name ?? code;
}
