namespace Chancery.Portal.Chart;

/// <summary>
/// The tidy tree layout (Reingold and Tilford, in the linear-time form of Walker's algorithm by
/// Buchheim, Jünger and Leipert, 2002): every level on one line, a parent centred over its
/// children, subtrees packed as close as <see cref="Sibling"/> and <see cref="Cousin"/> allow,
/// mirror images drawn as mirror images. Breadths are in slots (one box and its gap); the
/// leftmost box is at 0.
/// </summary>
public static class TidyTree
{
    public const double Sibling = 1.0;
    public const double Cousin = 1.25;

    /// <summary>Lays out <paramref name="root"/>; answers the breadth of the widest extent, in slots.</summary>
    public static double Layout(ChartNode root)
    {
        foreach (var node in root.PreOrder())
        {
            node.Ancestor = node;
            node.Thread = null;
            node.Prelim = node.Mod = node.Shift = node.Change = 0;
            for (var i = 0; i < node.Children.Count; i++)
            {
                node.Children[i].Parent = node;
                node.Children[i].Number = i;
            }
        }

        root.Parent = null;
        FirstWalk(root);
        var min = double.MaxValue;
        var max = double.MinValue;
        SecondWalk(root, -root.Prelim, ref min, ref max);
        foreach (var node in root.PreOrder())
        {
            node.Breadth -= min;
        }

        return max - min;
    }

    private static ChartNode? LeftSibling(ChartNode v) => v.Parent is { } p && v.Number > 0 ? p.Children[v.Number - 1] : null;

    private static ChartNode? NextLeft(ChartNode v) => v.IsLeaf ? v.Thread : v.Children[0];

    private static ChartNode? NextRight(ChartNode v) => v.IsLeaf ? v.Thread : v.Children[^1];

    private static void FirstWalk(ChartNode v)
    {
        var left = LeftSibling(v);
        if (v.IsLeaf)
        {
            v.Prelim = left is null ? 0 : left.Prelim + Sibling;
            return;
        }

        var defaultAncestor = v.Children[0];
        foreach (var w in v.Children)
        {
            FirstWalk(w);
            defaultAncestor = Apportion(w, defaultAncestor);
        }

        ExecuteShifts(v);
        var midpoint = (v.Children[0].Prelim + v.Children[^1].Prelim) / 2;
        if (left is null)
        {
            v.Prelim = midpoint;
        }
        else
        {
            v.Prelim = left.Prelim + Sibling;
            v.Mod = v.Prelim - midpoint;
        }
    }

    /// <summary>Pushes <paramref name="v"/>'s subtree right of the subtrees of its left siblings, contour by contour.</summary>
    private static ChartNode Apportion(ChartNode v, ChartNode defaultAncestor)
    {
        if (LeftSibling(v) is not { } w)
        {
            return defaultAncestor;
        }

        ChartNode vir = v, vor = v, vil = w, vol = v.Parent!.Children[0];
        double sir = v.Mod, sor = v.Mod, sil = vil.Mod, sol = vol.Mod;
        while (NextRight(vil) is { } nil && NextLeft(vir) is { } nir)
        {
            vil = nil;
            vir = nir;
            vol = NextLeft(vol)!;
            vor = NextRight(vor)!;
            vor.Ancestor = v;
            var shift = vil.Prelim + sil - (vir.Prelim + sir) + Cousin;
            if (shift > 0)
            {
                MoveSubtree(vil.Ancestor.Parent == v.Parent ? vil.Ancestor : defaultAncestor, v, shift);
                sir += shift;
                sor += shift;
            }

            sil += vil.Mod;
            sir += vir.Mod;
            sol += vol.Mod;
            sor += vor.Mod;
        }

        if (NextRight(vil) is { } rest && NextRight(vor) is null)
        {
            vor.Thread = rest;
            vor.Mod += sil - sor;
        }

        if (NextLeft(vir) is { } restLeft && NextLeft(vol) is null)
        {
            vol.Thread = restLeft;
            vol.Mod += sir - sol;
            defaultAncestor = v;
        }

        return defaultAncestor;
    }

    private static void MoveSubtree(ChartNode wl, ChartNode wr, double shift)
    {
        var subtrees = wr.Number - wl.Number;
        wr.Change -= shift / subtrees;
        wr.Shift += shift;
        wl.Change += shift / subtrees;
        wr.Prelim += shift;
        wr.Mod += shift;
    }

    private static void ExecuteShifts(ChartNode v)
    {
        double shift = 0, change = 0;
        for (var i = v.Children.Count - 1; i >= 0; i--)
        {
            var w = v.Children[i];
            w.Prelim += shift;
            w.Mod += shift;
            change += w.Change;
            shift += w.Shift + change;
        }
    }

    private static void SecondWalk(ChartNode v, double m, ref double min, ref double max)
    {
        v.Breadth = v.Prelim + m;
        min = Math.Min(min, v.Breadth);
        max = Math.Max(max, v.Breadth);
        foreach (var w in v.Children)
        {
            SecondWalk(w, m + v.Mod, ref min, ref max);
        }
    }
}
