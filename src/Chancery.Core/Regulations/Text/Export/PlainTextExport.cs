using System.Text;

namespace Chancery.Core.Regulations.Text.Export;

/// <summary>
/// A body as plain text in the layout <see cref="RegulationText.Import"/> reads, so that importing the
/// export gives the same body again (apart from persistent ids): a blank line before each chapter,
/// section and article; a chapter's heading on the line after it.
/// </summary>
public static class PlainTextExport
{
    public static string Write(RegulationBody body, string? title = null)
    {
        var text = new StringBuilder(4096);
        if (!string.IsNullOrEmpty(title))
        {
            text.Append(title).Append('\n');
        }

        foreach (var entry in ProvisionTree.Entries(body))
        {
            var p = entry.Provision;
            if (p.Kind <= ProvisionKind.Article && text.Length > 0)
            {
                text.Append('\n');
            }

            switch (p.Kind)
            {
                case ProvisionKind.Chapter:
                    text.Append("Chương ").Append(p.Number).Append('\n');
                    AppendLine(text, p.Heading);
                    break;
                case ProvisionKind.Section:
                    text.Append("Mục ").Append(p.Number).Append('.');
                    AppendHeading(text, p.Heading);
                    break;
                case ProvisionKind.Article:
                    text.Append("Điều ").Append(p.Number).Append('.');
                    AppendHeading(text, p.Heading);
                    break;
                case ProvisionKind.Clause:
                    text.Append(p.Number).Append(". ");
                    break;
                case ProvisionKind.Point:
                    text.Append(p.Number).Append(") ");
                    break;
            }

            AppendLine(text, p.Text);
        }

        return text.ToString();
    }

    private static void AppendHeading(StringBuilder text, string? heading)
    {
        if (!string.IsNullOrEmpty(heading))
        {
            text.Append(' ').Append(heading);
        }

        text.Append('\n');
    }

    private static void AppendLine(StringBuilder text, string? line)
    {
        if (!string.IsNullOrEmpty(line))
        {
            text.Append(line).Append('\n');
        }
    }
}
