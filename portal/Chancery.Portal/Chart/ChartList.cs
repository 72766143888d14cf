using System.Text;
using Chancery.Portal.Texts;

namespace Chancery.Portal.Chart;

/// <summary>The chart's units as a nested list (the accessible alternative of the SVG): the same units, the same order, the same "show more" links.</summary>
public static class ChartList
{
    public static string Write(ChartNode root, ChartLinks links, ChartText t)
    {
        var s = new StringBuilder(256 + root.PreOrder().Count() * 300);
        s.Append("<ul class=\"tree chart-list\" id=\"chart-list\">");
        Item(s, root, links, t);
        return s.Append("</ul>").ToString();
    }

    private static void Item(StringBuilder s, ChartNode node, ChartLinks links, ChartText t)
    {
        var unit = node.Unit;
        s.Append("<li><a href=\"").Append(Xml.Escape(links.Unit(unit.Id))).Append("\">").Append(Xml.Escape(unit.Name)).Append("</a> <span class=\"kind\">")
            .Append(Xml.Escape(Names.Of(unit.Kind))).Append(unit.Code.Length > 0 ? " · " + Xml.Escape(unit.Code) : "").Append("</span>");
        if (node.HiddenChildren > 0)
        {
            s.Append(" <a class=\"more\" href=\"").Append(Xml.Escape(links.Chart(unit.Id))).Append("\">").Append(Xml.Escape(t.More(node.HiddenChildren, unit.Name))).Append("</a>");
        }

        if (node.Children.Count > 0)
        {
            s.Append("<ul>");
            foreach (var child in node.Children)
            {
                Item(s, child, links, t);
            }

            s.Append("</ul>");
        }

        s.Append("</li>");
    }
}
