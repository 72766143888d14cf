namespace Chancery.Core.Reorganizations.Files;

/// <summary>
/// CSV: a header line naming the columns (in any order, any case; unknown columns ignored), then a
/// record a unit. <c>id</c>, <c>name</c> and <c>kind</c> are required columns; an empty field is
/// an absent value.
/// </summary>
internal static class CsvReader
{
    private static readonly FileColumn[] Required = [FileColumn.Id, FileColumn.Name, FileColumn.Kind];

    public static async IAsyncEnumerable<RawRow> ReadAsync(TextReader reader, FileProblems problems, LineCounter counter,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var records = new CsvRecordReader(reader, counter);
        var header = await records.ReadAsync(cancellationToken);
        if (header is null)
        {
            yield break;
        }

        if (Columns(header, problems) is not { } columns)
        {
            while (await records.ReadAsync(cancellationToken) is not null)
            {
                // count the lines; the rows cannot be read without their columns
            }

            yield break;
        }

        while (await records.ReadAsync(cancellationToken) is { } record)
        {
            if (record.Problem is { } problem)
            {
                problems.Add(record.Line, "csv", problem);
                continue;
            }

            if (record.Fields.Count != header.Fields.Count)
            {
                problems.Add(record.Line, "csv", $"The line has {record.Fields.Count} field(s) but the header names {header.Fields.Count}; a field holding a comma must be quoted (\"…\").");
                continue;
            }

            var row = new RawRow(record.Line);
            for (var i = 0; i < columns.Length; i++)
            {
                if (columns[i] is { } column && record.Fields[i].Length > 0)
                {
                    row[column] = record.Fields[i];
                }
            }

            yield return row;
        }
    }

    /// <summary>The column of each header field (null for one the files do not know), or null if the header is unusable.</summary>
    private static FileColumn?[]? Columns(CsvRecord header, FileProblems problems)
    {
        var ok = true;
        if (header.Problem is { } problem)
        {
            problems.Add(header.Line, "header", problem);
            ok = false;
        }

        var columns = new FileColumn?[header.Fields.Count];
        var seen = new HashSet<FileColumn>();
        for (var i = 0; i < header.Fields.Count; i++)
        {
            if (!FileColumns.TryParse(header.Fields[i].Trim('\uFEFF'), out var column))
            {
                continue;
            }

            if (!seen.Add(column))
            {
                problems.Add(header.Line, "header", $"The column {FileColumns.Name(column)} is named twice.");
                ok = false;
            }

            columns[i] = column;
        }

        foreach (var column in Required.Where(c => !seen.Contains(c)))
        {
            problems.Add(header.Line, "header", $"The header line names no column {FileColumns.Name(column)}; it names the columns {string.Join(", ", FileColumns.Names)} (in any order).");
            ok = false;
        }

        return ok ? columns : null;
    }
}
