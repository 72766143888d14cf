using System.Text.Encodings.Web;
using System.Text.Json;
using Chancery.Core.Units;

namespace Chancery.Benchmarks.Output;

/// <summary>
/// The tree as of a date as JSON Lines, one unit a line in pre-order (children in name order):
/// <c>id</c>, <c>parent_id</c> (null for the top unit), <c>name</c>, <c>kind</c>
/// (<see cref="UnitKinds.ToFileName"/>), <c>code</c> (null when none). The OpenLDAP peer reads
/// this with <c>UNITS=</c>, so that both servers answer over the same units.
/// </summary>
public static class UnitsJsonLines
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Write(string path, UnitsSnapshot snapshot, Guid rootId, DateOnly date)
    {
        var root = snapshot.Get(rootId, date) ?? throw new InvalidOperationException($"The top unit does not exist on {date}.");
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, Options);
        var count = 0;
        foreach (var item in snapshot.Subtree(root, date, 0))
        {
            var v = item.View.Version;
            json.WriteStartObject();
            json.WriteString("id", item.View.Unit.IdText);
            if (item.Depth == 0 || v.ParentId is null)
            {
                json.WriteNull("parent_id");
            }
            else
            {
                json.WriteString("parent_id", v.ParentId.Value.ToString());
            }

            json.WriteString("name", v.Name);
            json.WriteString("kind", UnitKinds.ToFileName(v.Kind));
            if (v.Code is { } code)
            {
                json.WriteString("code", code);
            }
            else
            {
                json.WriteNull("code");
            }

            json.WriteEndObject();
            json.Flush();
            stream.WriteByte((byte)'\n');
            json.Reset();
            count++;
        }

        return count;
    }
}
