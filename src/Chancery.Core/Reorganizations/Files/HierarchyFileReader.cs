using System.Text;

namespace Chancery.Core.Reorganizations.Files;

/// <summary>A file read: its units (those whose lines could be read), how many lines it has, and every problem found.</summary>
public sealed record HierarchyFile(IReadOnlyList<HierarchyRow> Rows, int Lines, FileProblems Problems);

/// <summary>
/// Reads a hierarchy file (UTF-8, with or without a byte-order mark) line by line, checking each
/// line on its own and going on after a bad one, so that one pass reports every problem. The
/// checks across lines and against the registry are <see cref="HierarchyFileChecks"/>.
/// </summary>
public static class HierarchyFileReader
{
    /// <summary>The most units a file may hold: the most operations of a plan.</summary>
    public const int MaxUnits = PlanCommands.MaxOperations;

    public static async Task<HierarchyFile> ReadAsync(Stream stream, HierarchyFileFormat format, CancellationToken cancellationToken)
    {
        var problems = new FileProblems();
        var counter = new LineCounter();
        var rows = new List<HierarchyRow>();
        using var reader = new StreamReader(stream, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        var raws = format switch
        {
            HierarchyFileFormat.JsonLines => JsonLinesReader.ReadAsync(reader, problems, counter, cancellationToken),
            HierarchyFileFormat.Csv => CsvReader.ReadAsync(reader, problems, counter, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };
        await foreach (var raw in raws)
        {
            if (rows.Count == MaxUnits)
            {
                problems.Add(raw.Line, "", $"A file holds at most {MaxUnits} units; split it into several imports.");
                break;
            }

            rows.Add(RowParser.Parse(raw, problems));
        }

        if (rows.Count == 0 && problems.Count == 0)
        {
            problems.Add(0, "file", format == HierarchyFileFormat.Csv
                ? "The file holds no units: after the header line, one line a unit."
                : "The file holds no units: one JSON object a line.");
        }

        return new HierarchyFile(rows, counter.Lines, problems);
    }
}
