using Chancery.V1;

namespace Chancery.Portal.Chart;

/// <summary>
/// A box of the chart: a unit, the boxes below it that are shown, and how many units directly
/// below it are left out by the depth limit. <see cref="Breadth"/> and <see cref="Depth"/> are the
/// layout's coordinates in slots (one box and its gap) and levels.
/// </summary>
public sealed class ChartNode(Unit unit, int depth)
{
    public Unit Unit { get; } = unit;
    public int Depth { get; } = depth;
    public List<ChartNode> Children { get; } = [];
    public int HiddenChildren { get; set; }
    public double Breadth { get; internal set; }

    // Working fields of the tidy layout (Buchheim, Jünger and Leipert's linear Walker).
    internal ChartNode? Parent;
    internal int Number;
    internal double Prelim, Mod, Shift, Change;
    internal ChartNode? Thread;
    internal ChartNode Ancestor = null!;

    public bool IsLeaf => Children.Count == 0;

    /// <summary>The units of the chart, parents before children, siblings in order: the reading and tab order.</summary>
    public IEnumerable<ChartNode> PreOrder()
    {
        var stack = new Stack<ChartNode>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            for (var i = node.Children.Count - 1; i >= 0; i--)
            {
                stack.Push(node.Children[i]);
            }
        }
    }
}
