using Chancery.Core.Text;

namespace Chancery.Core.Units;

/// <summary>Point-in-time reads: every query takes the date it answers for.</summary>
public sealed partial class UnitsSnapshot
{
    /// <summary>Deeper than any real administration; a guard against a corrupt parent chain.</summary>
    public const int MaxDepth = 64;

    public UnitView? Get(Guid id, DateOnly date) =>
        units.TryGetValue(id, out var unit) && unit.At(date) is { } version ? new UnitView(unit, version) : null;

    public UnitView? GetByCode(string code, DateOnly date)
    {
        foreach (var id in UnitsWithCode(code))
        {
            if (Get(id, date) is { } view && view.Version.Code == code)
            {
                return view;
            }
        }

        return null;
    }

    /// <summary>The children of a unit (null: the top-level units) on a date, in name order.</summary>
    public List<UnitView> Children(Guid? parentId, DateOnly date)
    {
        var result = new List<UnitView>();
        foreach (var edge in ChildEdges(parentId))
        {
            if (edge.Version.Contains(date))
            {
                result.Add(new UnitView(edge.Child, edge.Version));
            }
        }

        return result;
    }

    /// <summary>From the top-level unit down to the unit's parent, on a date.</summary>
    public List<UnitView> Ancestors(UnitView view, DateOnly date)
    {
        var path = new List<UnitView>();
        var parentId = view.Version.ParentId;
        while (parentId is { } id && path.Count < MaxDepth && Get(id, date) is { } parent)
        {
            path.Add(parent);
            parentId = parent.Version.ParentId;
        }

        path.Reverse();
        return path;
    }

    /// <summary>The unit and all below it on a date, in pre-order, children in name order.</summary>
    public IEnumerable<SubtreeItem> Subtree(UnitView top, DateOnly date, int maxDepth)
    {
        var limit = maxDepth <= 0 ? int.MaxValue : maxDepth;
        var stack = new Stack<SubtreeItem>();
        stack.Push(new SubtreeItem(top, 0));
        while (stack.Count > 0)
        {
            var item = stack.Pop();
            yield return item;
            if (item.Depth >= limit || !children.TryGetValue(item.View.Unit.Id, out var edges))
            {
                continue;
            }

            for (var i = edges.Length - 1; i >= 0; i--)
            {
                var edge = edges[i];
                if (edge.Version.Contains(date))
                {
                    stack.Push(new SubtreeItem(new UnitView(edge.Child, edge.Version), item.Depth + 1));
                }
            }
        }
    }

    /// <summary>
    /// Units on a date whose folded name or short name has a word beginning with each word of the query, or whose
    /// code is the query; optionally of some kinds and inside a subtree; in name order.
    /// </summary>
    public List<UnitView> Search(string query, DateOnly date, IReadOnlySet<UnitKind>? kinds, Guid? withinId)
    {
        var folded = new FoldedQuery(query);
        var code = UnitCode.Normalize(query);
        var matches = new List<UnitView>();
        foreach (var unit in units.Values)
        {
            if (unit.At(date) is not { } version || (kinds is { Count: > 0 } && !kinds.Contains(version.Kind)))
            {
                continue;
            }

            var found = (version.Code is not null && version.Code == code) || folded.Matches(version.SearchKey);
            var view = new UnitView(unit, version);
            if (found && (withinId is not { } within || IsWithin(view, within, date)))
            {
                matches.Add(view);
            }
        }

        matches.Sort(static (a, b) =>
        {
            var byName = VietnameseText.CompareSortKeys(a.Version.SortKey, b.Version.SortKey);
            return byName != 0 ? byName : a.Unit.Id.CompareTo(b.Unit.Id);
        });
        return matches;
    }

    /// <summary>Whether the unit is <paramref name="ancestorId"/> or lies below it on a date.</summary>
    public bool IsWithin(UnitView view, Guid ancestorId, DateOnly date)
    {
        var current = view;
        for (var depth = 0; depth < MaxDepth; depth++)
        {
            if (current.Unit.Id == ancestorId)
            {
                return true;
            }

            if (current.Version.ParentId is not { } parentId || Get(parentId, date) is not { } parent)
            {
                return false;
            }

            current = parent;
        }

        return false;
    }
}
