using Chancery.Portal.Pages.Hierarchy;
using Chancery.Portal.Setup;
using Chancery.V1;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;

namespace Chancery.Portal.Pages.Admin;

/// <summary>
/// The grants in force (or all), each revocable; a new grant of a role to a user or a client, a
/// unit administrator's subtree chosen on the hierarchy tree (opened level by level, as of the page's date).
/// </summary>
public sealed class GrantsModel(V1.Access.AccessClient access, V1.Units.UnitsClient units) : AdminPage
{
    private const int MaxOpen = 50;

    [BindProperty(SupportsGet = true, Name = "revoked")]
    public bool IncludeRevoked { get; set; }

    [BindProperty(Name = "principal_kind")]
    public V1.PrincipalKind Kind { get; set; } = V1.PrincipalKind.User;

    [BindProperty(Name = "user_id")]
    public string? UserId { get; set; }

    [BindProperty(Name = "client_id")]
    public string? ClientId { get; set; }

    [BindProperty(Name = "role")]
    public V1.Role Role { get; set; }

    [BindProperty(SupportsGet = true, Name = "unit_id")]
    public string? UnitId { get; set; }

    [BindProperty(Name = "reason")]
    public string? Reason { get; set; }

    [BindProperty(Name = "grant_id")]
    public string? GrantId { get; set; }

    public IReadOnlyList<Grant> Grants { get; private set; } = [];
    public IReadOnlyList<User> Users { get; private set; } = [];
    public Dictionary<string, string> UnitNames { get; } = [];
    public IReadOnlyList<TreeNode> Roots { get; private set; } = [];
    public HashSet<string> Opened { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Problem is null ? Page() : Refused();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var principal = Kind == V1.PrincipalKind.Client ? ClientId ?? "" : UserId ?? "";
        var granted = await Call(ct => access.GrantRoleAsync(new GrantRoleRequest
        {
            PrincipalKind = Kind, PrincipalId = principal, Role = Role, UnitId = UnitId ?? "", Reason = Reason ?? "",
        }, cancellationToken: ct).ResponseAsync);
        return await AfterAsync(granted is not null);
    }

    public async Task<IActionResult> OnPostRevokeAsync()
    {
        var revoked = await Call(ct => access.RevokeGrantAsync(new RevokeGrantRequest { GrantId = GrantId ?? "", Reason = Reason ?? "" }, cancellationToken: ct).ResponseAsync);
        return await AfterAsync(revoked is not null);
    }

    private async Task<IActionResult> AfterAsync(bool done)
    {
        if (done)
        {
            Done = A.Done;
            UserId = ClientId = UnitId = Reason = null;
            Role = V1.Role.Unspecified;
            ModelState.Clear();
        }

        var problem = Problem;
        await LoadAsync();
        Problem = problem ?? Problem;
        return Problem is null ? Page() : Refused();
    }

    private async Task LoadAsync()
    {
        Opened = Request.Query["open"].Where(v => !string.IsNullOrEmpty(v)).Take(MaxOpen).ToHashSet(StringComparer.Ordinal)!;
        var grants = await Call(ct => access.ListGrantsAsync(new ListGrantsRequest { IncludeRevoked = IncludeRevoked, PageSize = 1000 }, cancellationToken: ct).ResponseAsync);
        var users = await Call(ct => access.ListUsersAsync(new ListUsersRequest { PageSize = 1000 }, cancellationToken: ct).ResponseAsync);
        Users = users?.Users.OrderBy(u => u.UserName, Languages.VietnameseOrder).ToList() ?? [];
        Grants = grants?.Grants.OrderBy(g => PrincipalName(g), Languages.VietnameseOrder).ToList() ?? [];
        foreach (var id in Grants.Select(g => g.UnitId).Where(id => id.Length > 0).Distinct())
        {
            var unit = await Call(ct => units.GetUnitAsync(new GetUnitRequest { Id = id, AsOf = AsOf }, cancellationToken: ct).ResponseAsync);
            UnitNames[id] = unit?.Unit.Name ?? id;
        }

        if (Problem is null)
        {
            Roots = await LevelAsync("") ?? [];
        }
    }

    private async Task<IReadOnlyList<TreeNode>?> LevelAsync(string parentId)
    {
        var answer = await Call(ct => units.ListChildrenAsync(new ListChildrenRequest { ParentId = parentId, AsOf = AsOf, PageSize = 1000 }, cancellationToken: ct).ResponseAsync);
        if (answer is null)
        {
            return null;
        }

        var nodes = new List<TreeNode>();
        foreach (var unit in answer.Units)
        {
            nodes.Add(new TreeNode(unit, Opened.Contains(unit.Id) ? await LevelAsync(unit.Id) ?? [] : null));
        }

        return nodes;
    }

    public string PrincipalName(Grant grant) => grant.PrincipalKind == V1.PrincipalKind.User
        ? Users.FirstOrDefault(u => u.Id == grant.PrincipalId)?.UserName ?? grant.PrincipalId
        : grant.PrincipalId;

    /// <summary>This page with the unit opened or closed; the chosen unit and the rest kept.</summary>
    public string Toggle(string id)
    {
        var open = Opened.Contains(id) ? Opened.Where(o => o != id) : Opened.Append(id);
        var query = new QueryBuilder(open.Select(o => KeyValuePair.Create("open", o)));
        if (AsOf.Length > 0)
        {
            query.Add(AsOfKey, AsOf);
        }

        if (UnitId is { Length: > 0 } chosen)
        {
            query.Add("unit_id", chosen);
        }

        return "/admin/grants" + query.ToQueryString() + "#g-" + id;
    }
}
