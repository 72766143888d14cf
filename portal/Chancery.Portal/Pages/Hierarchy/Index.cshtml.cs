using Chancery.V1;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;

namespace Chancery.Portal.Pages.Hierarchy;

/// <summary>A unit of the tree and, when opened, the units below it.</summary>
public sealed record TreeNode(Unit Unit, IReadOnlyList<TreeNode>? Children);

/// <summary>The hierarchy as of a date: the top level, and each unit opened (<c>?open=id</c>, repeated) level by level.</summary>
public sealed class IndexModel(V1.Units.UnitsClient units) : PortalPage
{
    private const int MaxOpen = 50;

    public IReadOnlyList<TreeNode> Roots { get; private set; } = [];

    public HashSet<string> Opened { get; private set; } = [];

    /// <summary>Whether the server lets the person create units at the top level (system administrators): only then is it offered.</summary>
    public bool MayCreateTopLevel { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Opened = Request.Query["open"].Where(v => !string.IsNullOrEmpty(v)).Take(MaxOpen).ToHashSet(StringComparer.Ordinal)!;
        Roots = await LevelAsync("") ?? [];
        MayCreateTopLevel = (await CallerRights.OnAsync(HttpContext, AsOf, "")).Contains(CallerRights.HierarchyWrite);
        return Problem is null ? Page() : Refused();
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

    /// <summary>This page with <paramref name="id"/> opened or closed, the rest kept.</summary>
    public string Toggle(string id)
    {
        var open = Opened.Contains(id) ? Opened.Where(o => o != id) : Opened.Append(id);
        var query = new QueryBuilder(open.Select(o => KeyValuePair.Create("open", o)));
        if (AsOf.Length > 0)
        {
            query.Add(AsOfKey, AsOf);
        }

        return "/hierarchy" + query.ToQueryString() + "#u-" + id;
    }
}
