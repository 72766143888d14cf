using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Chancery.Core.Units;
using Chancery.Core.Time;

namespace Chancery.Core.Reorganizations.Files;

/// <summary>
/// Writes the hierarchy as of a date, parents before children, as JSON Lines or as CSV (UTF-8 with
/// a byte-order mark, so that spreadsheet programs read Vietnamese; CRLF; RFC 4180 quoting), in
/// chunks of about <see cref="ChunkSize"/> bytes: the file is never held whole.
/// </summary>
public static class HierarchyFileWriter
{
    public const int ChunkSize = 64 * 1024;

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The file in chunks. Each chunk is only valid until the next is asked for: copy or send it first.</summary>
    public static IEnumerable<ReadOnlyMemory<byte>> Write(IEnumerable<ExportedUnit> units, HierarchyFileFormat format)
    {
        var buffer = new ArrayBufferWriter<byte>(ChunkSize + 4096);
        using var json = new Utf8JsonWriter(buffer, JsonOptions);
        var line = new StringBuilder(256);
        if (format == HierarchyFileFormat.Csv)
        {
            buffer.Write(Encoding.UTF8.Preamble);
            AppendUtf8(buffer, string.Join(',', FileColumns.Names) + "\r\n");
        }

        foreach (var unit in units)
        {
            if (format == HierarchyFileFormat.Csv)
            {
                AppendUtf8(buffer, CsvLine(unit, line));
            }
            else
            {
                JsonLine(json, unit);
                json.Reset();
                buffer.Write("\n"u8);
            }

            if (buffer.WrittenCount >= ChunkSize)
            {
                yield return buffer.WrittenMemory;
                buffer.ResetWrittenCount();
            }
        }

        if (buffer.WrittenCount > 0)
        {
            yield return buffer.WrittenMemory;
        }
    }

    private static void JsonLine(Utf8JsonWriter json, ExportedUnit unit)
    {
        var v = unit.Version;
        json.WriteStartObject();
        json.WriteString("id", unit.Unit.IdText);
        WriteOptional(json, "parent_id", unit.ParentId?.ToString());
        json.WriteString("name", v.Name);
        WriteOptional(json, "short_name", v.ShortName);
        json.WriteString("kind", UnitKinds.ToFileName(v.Kind));
        WriteOptional(json, "code", v.Code);
        json.WriteString("valid_from", IsoDate.Format(unit.ValidFrom));
        WriteOptional(json, "valid_to", unit.ValidTo is { } to ? IsoDate.Format(to) : null);
        json.WriteEndObject();
        json.Flush();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static string CsvLine(ExportedUnit unit, StringBuilder line)
    {
        var v = unit.Version;
        line.Clear();
        line.Append(unit.Unit.IdText).Append(',');
        line.Append(unit.ParentId?.ToString()).Append(',');
        Field(line, v.Name).Append(',');
        Field(line, v.ShortName).Append(',');
        line.Append(UnitKinds.ToFileName(v.Kind)).Append(',');
        line.Append(v.Code).Append(',');
        line.Append(IsoDate.Format(unit.ValidFrom)).Append(',');
        line.Append(IsoDate.Format(unit.ValidTo)).Append("\r\n");
        return line.ToString();
    }

    /// <summary>A text field, quoted when it holds a comma, a quote or a line break (quotes doubled).</summary>
    private static StringBuilder Field(StringBuilder line, string? value)
    {
        if (value is null)
        {
            return line;
        }

        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return line.Append(value);
        }

        return line.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }

    private static void AppendUtf8(ArrayBufferWriter<byte> buffer, string text)
    {
        var span = buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
        buffer.Advance(Encoding.UTF8.GetBytes(text, span));
    }
}
