namespace Chancery.Portal.Chart;

/// <summary>
/// A name broken into lines of about <c>width</c> characters at spaces (SVG does not wrap text),
/// at most <c>max</c> lines, the last one cut with an ellipsis when the name is longer.
/// </summary>
public static class Wrap
{
    public static IReadOnlyList<string> Lines(string text, int width, int max)
    {
        var lines = new List<string>(max);
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length == 0)
            {
                line = word;
            }
            else if (line.Length + 1 + word.Length <= width)
            {
                line += " " + word;
            }
            else
            {
                lines.Add(line);
                line = word;
            }
        }

        lines.Add(line);
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length > width)
            {
                lines[i] = Cut(lines[i], width);
            }
        }

        if (lines.Count > max)
        {
            var last = string.Join(' ', lines.Skip(max - 1));
            lines.RemoveRange(max - 1, lines.Count - max + 1);
            lines.Add(last.Length > width ? Cut(last, width) : last);
        }

        return lines;
    }

    /// <summary>At most <paramref name="width"/> characters ending in "…", cut between words when one fits.</summary>
    private static string Cut(string text, int width)
    {
        var space = text.LastIndexOf(' ', width - 2);
        return (space > 0 ? text[..space] : text[..(width - 1)]).TrimEnd() + "…";
    }
}
