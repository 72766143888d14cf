using System.Text;

namespace Chancery.Core.Reorganizations.Files;

/// <summary>One record of a CSV file: the line it starts on, its fields, and what is wrong with its quoting.</summary>
internal sealed record CsvRecord(int Line, List<string> Fields, string? Problem);

/// <summary>
/// Records of RFC 4180 CSV: fields separated by commas, records by CRLF or LF; a field in double
/// quotes may hold commas, line breaks and doubled quotes (<c>""</c>). Blank lines are skipped.
/// Counts physical lines, so that a record spanning lines is reported at the line it starts on.
/// </summary>
internal sealed class CsvRecordReader(TextReader reader, LineCounter counter)
{
    private enum State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
    }

    private readonly char[] buffer = new char[16 * 1024];
    private readonly StringBuilder field = new();
    private int position;
    private int length;

    public async ValueTask<CsvRecord?> ReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var record = await ReadOneAsync(cancellationToken);
            if (record is null || record.Fields is not [""] || record.Problem is not null)
            {
                return record;
            }
        }
    }

    private async ValueTask<CsvRecord?> ReadOneAsync(CancellationToken cancellationToken)
    {
        var fields = new List<string>();
        var state = State.FieldStart;
        var start = counter.Lines + 1;
        var any = false;
        string? problem = null;
        field.Clear();
        while (true)
        {
            if (position == length)
            {
                length = await reader.ReadAsync(buffer, cancellationToken);
                position = 0;
                if (length == 0)
                {
                    if (!any)
                    {
                        return null;
                    }

                    if (state == State.Quoted)
                    {
                        problem ??= "A quoted field is not closed: a \" is missing before the end of the file.";
                    }

                    counter.Lines++;
                    fields.Add(field.ToString());
                    return new CsvRecord(start, fields, problem);
                }
            }

            var c = buffer[position++];
            any = true;
            switch (state)
            {
                case State.FieldStart or State.Unquoted when c == ',':
                case State.QuoteInQuoted when c == ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    state = State.FieldStart;
                    break;
                case State.FieldStart or State.Unquoted or State.QuoteInQuoted when c == '\n':
                    counter.Lines++;
                    fields.Add(field.ToString());
                    return new CsvRecord(start, fields, problem);
                case State.FieldStart or State.Unquoted or State.QuoteInQuoted when c == '\r':
                    break;
                case State.FieldStart when c == '"':
                    state = State.Quoted;
                    break;
                case State.FieldStart or State.Unquoted:
                    field.Append(c);
                    state = State.Unquoted;
                    break;
                case State.Quoted when c == '"':
                    state = State.QuoteInQuoted;
                    break;
                case State.Quoted:
                    counter.Lines += c == '\n' ? 1 : 0;
                    field.Append(c);
                    break;
                case State.QuoteInQuoted when c == '"':
                    field.Append('"');
                    state = State.Quoted;
                    break;
                default:
                    problem ??= $"Field {fields.Count + 1} has characters after its closing quote: write a \" inside a quoted field as \"\".";
                    field.Append(c);
                    state = State.Unquoted;
                    break;
            }
        }
    }
}
