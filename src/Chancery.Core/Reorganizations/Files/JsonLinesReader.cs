using System.Text.Json;

namespace Chancery.Core.Reorganizations.Files;

/// <summary>
/// JSON Lines: one object a line with <c>id</c>, <c>parent_id</c> (null or absent for a top-level
/// unit), <c>name</c>, <c>short_name</c>, <c>kind</c>, <c>code</c>, <c>valid_from</c>,
/// <c>valid_to</c>; each a string or null. Unknown fields are ignored; blank lines are skipped.
/// </summary>
internal static class JsonLinesReader
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 16 };

    public static async IAsyncEnumerable<RawRow> ReadAsync(TextReader reader, FileProblems problems, LineCounter counter,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (await reader.ReadLineAsync(cancellationToken) is { } text)
        {
            var line = ++counter.Lines;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (Parse(text, line, problems) is { } row)
            {
                yield return row;
            }
        }
    }

    private static RawRow? Parse(string text, int line, FileProblems problems)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, Options);
        }
        catch (JsonException e)
        {
            problems.Add(line, "json", $"The line is not valid JSON: {e.Message.Split(" LineNumber:")[0]}");
            return null;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                problems.Add(line, "json", $"A line holds one JSON object ({{\"id\": …, \"name\": …}}), not a {document.RootElement.ValueKind.ToString().ToLowerInvariant()}.");
                return null;
            }

            var row = new RawRow(line);
            var seen = new bool[FileColumns.Count];
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (!FileColumns.TryParse(property.Name, out var column) || property.Name != FileColumns.Name(column))
                {
                    continue;
                }

                if (seen[(int)column])
                {
                    problems.Add(line, column, $"\"{property.Name}\" appears twice on the line.");
                    row.MarkReported(column);
                    continue;
                }

                seen[(int)column] = true;
                switch (property.Value.ValueKind)
                {
                    case JsonValueKind.String:
                        row[column] = property.Value.GetString();
                        break;
                    case JsonValueKind.Null:
                        break;
                    default:
                        problems.Add(line, column, $"\"{property.Name}\" must be a string (or null), not a {property.Value.ValueKind.ToString().ToLowerInvariant()}.");
                        row.MarkReported(column);
                        break;
                }
            }

            return row;
        }
    }
}

/// <summary>How many lines a reader has consumed; the count of a file's lines when it is done.</summary>
internal sealed class LineCounter
{
    public int Lines { get; set; }
}
