using Chancery.Core.Units;

namespace Chancery.Benchmarks.Generation;

/// <summary>Trims leaf teams from today's tree, or pads it with leaf teams, to exactly the target size.</summary>
public static class TreeSizing
{
    /// <summary>Returns the size of the tree before it was trimmed or padded.</summary>
    public static int Adjust(SeededRandom random, GenNode root, int target)
    {
        var nodes = root.Walk().ToList();
        if (nodes.Count > target)
        {
            var candidates = nodes
                .Where(x => x.Children.Count == 0 && x.Depth < 8 && x.Kind is UnitKind.Team or UnitKind.Group or UnitKind.SubDivision)
                .ToList();
            var drop = random.Sample(candidates, nodes.Count - target).ToHashSet();
            foreach (var node in nodes)
            {
                node.Children.RemoveAll(drop.Contains);
            }
        }
        else if (nodes.Count < target)
        {
            var candidates = nodes.Where(x => x.PadOk && x.Depth <= 7).ToList();
            for (var i = nodes.Count; i < target; i++)
            {
                var parent = random.Choice(candidates);
                var k = parent.Children.Count(c => c.Kind == UnitKind.Team) + 1;
                _ = new GenNode($"Tổ công tác chuyên đề {k}", UnitKind.Team, parent);
            }
        }

        return nodes.Count;
    }
}
