using System.Text;

namespace Chancery.Core.Regulations.Text.Export;

/// <summary>
/// A body as Markdown (CommonMark): chapters <c>##</c>, sections <c>###</c>, articles <c>####</c>,
/// clauses and points as paragraphs whose number is escaped (<c>1\.</c>, <c>a\)</c>) so that no
/// renderer turns them into lists and renumbers them; Markdown's own characters in the text escaped.
/// </summary>
public static class MarkdownExport
{
    public static string Write(RegulationBody body, string? title = null)
    {
        var md = new StringBuilder(4096);
        if (!string.IsNullOrEmpty(title))
        {
            md.Append("# ");
            Escape(md, title.Replace('\n', ' '));
            md.Append("\n\n");
        }

        foreach (var entry in ProvisionTree.Entries(body))
        {
            var p = entry.Provision;
            switch (p.Kind)
            {
                case ProvisionKind.Chapter:
                    Heading(md, "## Chương ", p.Number, ".", p.Heading);
                    break;
                case ProvisionKind.Section:
                    Heading(md, "### Mục ", p.Number, ".", p.Heading);
                    break;
                case ProvisionKind.Article:
                    Heading(md, "#### Điều ", p.Number, ".", p.Heading);
                    break;
                case ProvisionKind.Clause:
                    md.Append(p.Number).Append("\\. ");
                    break;
                case ProvisionKind.Point:
                    md.Append(p.Number).Append("\\) ");
                    break;
            }

            if (p.Text.Length > 0)
            {
                // One provision, one paragraph: its lines joined by hard line breaks.
                var lines = p.Text.Split('\n');
                for (var i = 0; i < lines.Length; i++)
                {
                    Escape(md, lines[i]);
                    md.Append(i < lines.Length - 1 ? "\\\n" : "\n");
                }
            }

            if (p.Kind >= ProvisionKind.Clause || p.Text.Length > 0)
            {
                md.Append('\n');
            }
        }

        return md.ToString();
    }

    private static void Heading(StringBuilder md, string prefix, string number, string separator, string? heading)
    {
        md.Append(prefix).Append(number);
        if (!string.IsNullOrEmpty(heading))
        {
            md.Append(separator).Append(' ');
            Escape(md, heading);
        }

        md.Append("\n\n");
    }

    private static void Escape(StringBuilder md, string text)
    {
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '{' or '}' or '[' or ']' or '<' or '>' or '#' or '|' or '!' or '~')
            {
                md.Append('\\');
            }

            md.Append(c);
        }
    }
}
