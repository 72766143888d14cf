using Chancery.Core.Regulations.Text.Import;

namespace Chancery.Core.Regulations.Text;

/// <summary>
/// Reads plain text in the usual Vietnamese layout into a body:
/// <code>
/// QUY CHẾ LÀM VIỆC                      ← title: up to six short lines before the first provision
/// Chương I                              ← chapter, heading on the next line (or after "." or ":")
/// QUY ĐỊNH CHUNG
/// Mục 1. Heading                        ← section of the chapter
/// Điều 1. Phạm vi điều chỉnh            ← article, numbered through the whole text (5a when inserted)
/// 1. Text of the clause                 ← clause of the article
/// a) Text of the point                  ← point of the clause (a b c d đ e g h …; a1 when inserted)
/// a line that is none of these          ← continues the text of the provision above it
/// </code>
/// Lines are NFC-normalized and cleaned (white space collapsed, BOM and other invisible characters
/// dropped); blank lines separate nothing. Each provision gets a new persistent id, or the one of the
/// provision of <c>previous</c> with the same readable id. What cannot be placed is a
/// <see cref="TextProblem"/> at its line; a text with problems is not to be stored.
/// </summary>
public static class RegulationText
{
    public static TextImportResult Import(string? text, RegulationBody? previous = null)
    {
        if (text is { Length: > TextLimits.MaxCharacters })
        {
            return Refused(new(1, 1, TextProblemTypes.TooLarge, $"The text holds {text.Length} characters; at most {TextLimits.MaxCharacters} are read."));
        }

        var lines = SplitLines(text ?? "");
        if (lines.Count > TextLimits.MaxLines)
        {
            return Refused(new(TextLimits.MaxLines + 1, 1, TextProblemTypes.TooLarge, $"The text holds more than {TextLimits.MaxLines} lines."));
        }

        var reader = new TextReading(lines, previous);
        return reader.Read();
    }

    /// <summary>Reads a .docx file's paragraphs (see <see cref="Chancery.Core.Regulations.Text.Import.DocxText"/>), then imports them as plain text.</summary>
    public static TextImportResult ImportDocx(Stream docx, RegulationBody? previous = null)
    {
        ArgumentNullException.ThrowIfNull(docx);
        if (docx.CanSeek && docx.Length > TextLimits.MaxDocxBytes)
        {
            return Refused(new(1, 1, TextProblemTypes.TooLarge, $"The file holds {docx.Length} bytes; at most {TextLimits.MaxDocxBytes} are read."));
        }

        var (text, problem) = Chancery.Core.Regulations.Text.Import.DocxText.Read(docx);
        return problem is null ? Import(text, previous) : Refused(problem);
    }

    private static TextImportResult Refused(TextProblem problem) => new(RegulationBody.Empty, null, [problem]);

    /// <summary>Lines split at CR LF, LF or CR, as ranges of the text (no copy until a line is read).</summary>
    private static List<ReadOnlyMemory<char>> SplitLines(string text)
    {
        var lines = new List<ReadOnlyMemory<char>>();
        var memory = text.AsMemory();
        var start = 0;
        for (var i = 0; i < text.Length && lines.Count <= TextLimits.MaxLines; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                lines.Add(memory[start..i]);
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(memory[start..]);
        }

        return lines;
    }
}
