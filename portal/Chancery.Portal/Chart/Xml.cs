using System.Text;

namespace Chancery.Portal.Chart;

/// <summary>Text and attribute values in SVG and HTML written by hand: the five characters that matter, escaped.</summary>
public static class Xml
{
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var s = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            s.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return s.ToString();
    }
}
