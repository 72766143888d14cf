using System.Globalization;
using System.Text;
using Chancery.Portal.Texts;

namespace Chancery.Portal.Chart;

/// <summary>The links a chart makes: to a unit's page and to the chart of a unit, both as of the page's date.</summary>
public sealed record ChartLinks(Func<string, string> Unit, Func<string, string> Chart);

/// <summary>
/// The chart as SVG, written on the server: one link per box (focusable, in reading order: a
/// parent before its children), its full name in its title, a "+N" link where the depth limit left
/// units out, elbow lines between levels. The SVG carries a title and a description; the nested
/// list of <see cref="ChartList"/> is its accessible alternative.
/// </summary>
public static class ChartSvg
{
    public static string Write(ChartNode root, ChartGeometry g, ChartLinks links, ChartText t, string title, string description)
    {
        var breadth = TidyTree.Layout(root);
        var nodes = root.PreOrder().ToList();
        var levels = nodes.Max(n => n.Depth) - root.Depth + 1;
        var (width, height) = g.Size(breadth, levels, nodes.Any(n => n.HiddenChildren > 0));
        var s = new StringBuilder(512 + nodes.Count * 700);
        s.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart {(g.Orientation == ChartOrientation.Down ? "down" : "right")}\" id=\"chart\" role=\"group\" aria-labelledby=\"chart-title\" aria-describedby=\"chart-desc\" width=\"{N(width)}\" height=\"{N(height)}\" viewBox=\"0 0 {N(width)} {N(height)}\">");
        s.Append("<title id=\"chart-title\">").Append(Xml.Escape(title)).Append("</title>");
        s.Append("<desc id=\"chart-desc\">").Append(Xml.Escape(description)).Append("</desc>");
        s.Append("<g class=\"edges\" aria-hidden=\"true\">");
        foreach (var node in nodes)
        {
            foreach (var child in node.Children)
            {
                Edge(s, g, node, child);
            }
        }

        s.Append("</g>");
        foreach (var node in nodes)
        {
            Box(s, g, node, links, t, node == root);
        }

        return s.Append("</svg>").ToString();
    }

    private static void Edge(StringBuilder s, ChartGeometry g, ChartNode parent, ChartNode child)
    {
        double px = g.X(parent), py = g.Y(parent), cx = g.X(child), cy = g.Y(child);
        if (g.Orientation == ChartOrientation.Down)
        {
            double x1 = px + g.BoxWidth / 2, y1 = py + g.BoxHeight, x2 = cx + g.BoxWidth / 2, mid = y1 + (cy - y1) / 2;
            s.Append(CultureInfo.InvariantCulture, $"<path d=\"M{N(x1)} {N(y1)}V{N(mid)}H{N(x2)}V{N(cy)}\"/>");
        }
        else
        {
            double x1 = px + g.BoxWidth, y1 = py + g.BoxHeight / 2, y2 = cy + g.BoxHeight / 2, mid = x1 + (cx - x1) / 2;
            s.Append(CultureInfo.InvariantCulture, $"<path d=\"M{N(x1)} {N(y1)}H{N(mid)}V{N(y2)}H{N(cx)}\"/>");
        }
    }

    private static void Box(StringBuilder s, ChartGeometry g, ChartNode node, ChartLinks links, ChartText t, bool isRoot)
    {
        double x = g.X(node), y = g.Y(node);
        var unit = node.Unit;
        var kind = Names.Of(unit.Kind) + (unit.Code.Length > 0 ? " · " + unit.Code : "");
        // The accessible name holds the visible text (the name, cut or not, then the kind), as WCAG's "label in name" asks.
        s.Append("<a class=\"box").Append(isRoot ? " root" : "").Append("\" id=\"c-").Append(Xml.Escape(unit.Id)).Append("\" href=\"").Append(Xml.Escape(links.Unit(unit.Id)))
            .Append("\" aria-label=\"").Append(Xml.Escape(unit.Name + " " + kind)).Append("\"><title>").Append(Xml.Escape(unit.Name)).Append("</title>");
        s.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(g.BoxWidth)}\" height=\"{N(g.BoxHeight)}\" rx=\"4\"/>");
        var lines = Wrap.Lines(unit.Name, g.CharsPerLine, 2);
        var ty = y + (g.Orientation == ChartOrientation.Down ? 20 : 17) + (lines.Count == 1 ? 7 : 0);
        s.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(x + 8)}\" y=\"{N(ty)}\" class=\"name\">");
        for (var i = 0; i < lines.Count; i++)
        {
            // A space ends every line but the last, so that the lines read as the name does.
            s.Append(CultureInfo.InvariantCulture, $"<tspan x=\"{N(x + 8)}\" dy=\"{(i == 0 ? 0 : 16)}\">").Append(Xml.Escape(lines[i])).Append(i < lines.Count - 1 ? " " : "").Append("</tspan>");
        }

        s.Append("</text> ");
        var kindLine = Wrap.Lines(kind, g.KindChars, 1)[0];
        s.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(x + 8)}\" y=\"{N(y + g.BoxHeight - 8)}\" class=\"kind\">").Append(Xml.Escape(kindLine)).Append("</text></a>");
        if (node.HiddenChildren > 0)
        {
            More(s, g, node, links, t, x, y);
        }
    }

    private static void More(StringBuilder s, ChartGeometry g, ChartNode node, ChartLinks links, ChartText t, double x, double y)
    {
        var (mx, my) = g.Orientation == ChartOrientation.Down
            ? (x + (g.BoxWidth - ChartGeometry.MoreWidth) / 2, y + g.BoxHeight + 8)
            : (x + g.BoxWidth + 8, y + (g.BoxHeight - ChartGeometry.MoreHeight) / 2);
        var label = t.More(node.HiddenChildren, node.Unit.Name);
        s.Append("<a class=\"more\" href=\"").Append(Xml.Escape(links.Chart(node.Unit.Id))).Append("\" aria-label=\"").Append(Xml.Escape(label)).Append("\"><title>")
            .Append(Xml.Escape(label)).Append("</title>");
        s.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(mx)}\" y=\"{N(my)}\" width=\"{N(ChartGeometry.MoreWidth)}\" height=\"{N(ChartGeometry.MoreHeight)}\" rx=\"11\"/>");
        s.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(mx + ChartGeometry.MoreWidth / 2)}\" y=\"{N(my + 15)}\" text-anchor=\"middle\">+{node.HiddenChildren}</text></a>");
    }

    /// <summary>Whole pixels: an integer is written without formatting a double (a quarter of the drawing's time).</summary>
    private static int N(double value) => (int)Math.Round(value);
}
