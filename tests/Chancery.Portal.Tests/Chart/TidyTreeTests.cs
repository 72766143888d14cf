using Chancery.Portal.Chart;
using Chancery.V1;

namespace Chancery.Portal.Tests.Chart;

/// <summary>The layout alone, in process: no two boxes of a level overlap, parents centre over their children, order is kept.</summary>
public sealed class TidyTreeTests
{
    private static ChartNode RandomTree(Random random, int count)
    {
        var root = new ChartNode(new Unit { Id = "0", Name = "0" }, 0);
        var all = new List<ChartNode> { root };
        for (var i = 1; i < count; i++)
        {
            // Favour recent nodes so that the trees are deep and ragged, with uneven subtrees side by side.
            var parent = all[Math.Max(0, all.Count - 1 - random.Next(Math.Min(all.Count, random.Next(2) == 0 ? 3 : all.Count)))];
            if (parent.Depth >= 7)
            {
                parent = root;
            }

            var node = new ChartNode(new Unit { Id = i.ToString(), Name = i.ToString() }, parent.Depth + 1);
            parent.Children.Add(node);
            all.Add(node);
        }

        return root;
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 12)]
    [InlineData(3, 60)]
    [InlineData(4, 400)]
    [InlineData(5, 3000)]
    public void Layout_RandomTrees_NoOverlap_ParentsCentred_OrderKept(int seed, int count)
    {
        var root = RandomTree(new Random(seed), count);
        var width = TidyTree.Layout(root);
        var nodes = root.PreOrder().ToList();
        Assert.Equal(0, nodes.Min(n => n.Breadth), 6);
        Assert.Equal(width, nodes.Max(n => n.Breadth), 6);
        foreach (var level in nodes.GroupBy(n => n.Depth))
        {
            // Pre-order visits a level left to right: each box at least one slot right of the one before.
            var row = level.ToList();
            for (var i = 1; i < row.Count; i++)
            {
                Assert.True(row[i].Breadth - row[i - 1].Breadth >= TidyTree.Sibling - 1e-9, $"level {level.Key}: {row[i - 1].Unit.Id} at {row[i - 1].Breadth}, {row[i].Unit.Id} at {row[i].Breadth}");
            }
        }

        foreach (var node in nodes.Where(n => n.Children.Count > 0))
        {
            Assert.Equal((node.Children[0].Breadth + node.Children[^1].Breadth) / 2, node.Breadth, 6);
        }
    }

    [Fact]
    public void Layout_ABalancedTree_IsAsNarrowAsItsLeaves()
    {
        var root = new ChartNode(new Unit { Id = "r", Name = "r" }, 0);
        for (var i = 0; i < 3; i++)
        {
            var child = new ChartNode(new Unit { Id = $"c{i}", Name = $"c{i}" }, 1);
            root.Children.Add(child);
            for (var j = 0; j < 3; j++)
            {
                child.Children.Add(new ChartNode(new Unit { Id = $"c{i}{j}", Name = $"c{i}{j}" }, 2));
            }
        }

        // Nine leaves, siblings one slot apart, cousins 1.25: 6 + 2 × 1.25.
        Assert.Equal(8.5, TidyTree.Layout(root), 6);
        Assert.Equal(4.25, root.Breadth, 6);
    }

    [Fact]
    public void Wrap_LongName_TwoLinesWithAnEllipsis()
    {
        var lines = Wrap.Lines("Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh Hòa Bình", 25, 2);
        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.True(l.Length <= 25, l));
        Assert.EndsWith("…", lines[1]);
        Assert.Equal(["Xã Kim Bôi"], Wrap.Lines("Xã Kim Bôi", 25, 2));
    }

    [Fact]
    public void Escape_TheFiveCharacters()
    {
        Assert.Equal("a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39;", Xml.Escape("a & b <c> \"d\" 'e'"));
        Assert.Equal("Xã Kim Bôi", Xml.Escape("Xã Kim Bôi"));
    }
}
