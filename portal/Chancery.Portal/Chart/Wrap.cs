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
                lines[i] = lines[i][..(width - 1)] + "…";
            }
        }

        if (lines.Count > max)
        {
            var last = string.Join(' ', lines.Skip(max - 1));
            lines.RemoveRange(max - 1, lines.Count - max + 1);
            lines.Add(last.Length > width ? last[..(width - 1)].TrimEnd() + "…" : last);
        }

        return lines;
    }
}
