using Chancery.Portal.Setup;
using Chancery.V1;

namespace Chancery.Portal.Chart;

/// <summary>
/// The boxes of a chart from a subtree as StreamSubtree sends it (parents before children), read
/// one level deeper than shown: the units of that extra level are only counted, as "+N" on their
/// parent. Siblings in Vietnamese order.
/// </summary>
public static class ChartBuilder
{
    /// <param name="depth">Levels below the root to show; 0 for all.</param>
    public static ChartNode? Build(IEnumerable<SubtreeUnit> subtree, int depth)
    {
        ChartNode? root = null;
        var byId = new Dictionary<string, ChartNode>(StringComparer.Ordinal);
        foreach (var item in subtree)
        {
            if (item.Depth == 0)
            {
                root = new ChartNode(item.Unit, 0);
                byId[item.Unit.Id] = root;
                continue;
            }

            if (!byId.TryGetValue(item.Unit.ParentId, out var parent))
            {
                continue;
            }

            if (depth > 0 && item.Depth > depth)
            {
                parent.HiddenChildren++;
                continue;
            }

            var node = new ChartNode(item.Unit, item.Depth);
            parent.Children.Add(node);
            byId[item.Unit.Id] = node;
        }

        if (root is not null)
        {
            foreach (var node in byId.Values)
            {
                if (node.Children.Count > 1)
                {
                    node.Children.Sort((a, b) => Languages.VietnameseOrder.Compare(a.Unit.Name, b.Unit.Name));
                }
            }
        }

        return root;
    }

    /// <summary>Top down while the chart fits the page's width (<see cref="ChartGeometry.MaxDownWidth"/>), else left to right.</summary>
    public static ChartOrientation Choose(ChartNode root) =>
        TidyTree.Layout(root) * ChartGeometry.Down.Slot + ChartGeometry.Down.BoxWidth + 2 * ChartGeometry.Margin > ChartGeometry.MaxDownWidth ? ChartOrientation.Right : ChartOrientation.Down;
}
