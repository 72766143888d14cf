using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using Google.Protobuf;
using Microsoft.EntityFrameworkCore;

namespace Chancery.Server.Tests.Reorganizations;

/// <summary>Hierarchy files as a caller writes and sends them: lines, headers, ImportHierarchy in chunks, ExportHierarchy to bytes.</summary>
public static class HierarchyFiles
{
    public const string Effective = "2025-07-01";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static ImportHeader Header(FileFormat format, string? planId = null, string effective = Effective, bool dryRun = false, bool closeMissing = false) => new()
    {
        Format = format,
        PlanId = planId ?? $"import-{Guid.NewGuid():N}",
        EffectiveDate = effective,
        Basis = new Basis { Number = "1234/QĐ-UBND", Date = "2025-06-20", Issuer = "Ủy ban nhân dân tỉnh", Title = "Quyết định sắp xếp tổ chức bộ máy" },
        DryRun = dryRun,
        CloseMissing = closeMissing,
    };

    /// <summary>Sends the header, then the file in chunks of <paramref name="chunk"/> bytes (cut anywhere, even inside a character).</summary>
    public static async Task<ImportHierarchyResponse> ImportAsync(this V1.Reorganizations.ReorganizationsClient client, ImportHeader header, byte[] file, int chunk = 777)
    {
        using var call = client.ImportHierarchy();
        await call.RequestStream.WriteAsync(new ImportHierarchyRequest { Header = header });
        for (var offset = 0; offset < file.Length; offset += chunk)
        {
            await call.RequestStream.WriteAsync(new ImportHierarchyRequest { Data = ByteString.CopyFrom(file, offset, Math.Min(chunk, file.Length - offset)) });
        }

        await call.RequestStream.CompleteAsync();
        return await call.ResponseAsync;
    }

    public static Task<ImportHierarchyResponse> ImportAsync(this V1.Reorganizations.ReorganizationsClient client, ImportHeader header, string file) =>
        client.ImportAsync(header, Encoding.UTF8.GetBytes(file));

    /// <summary>The export's chunks, joined.</summary>
    public static async Task<byte[]> ExportAsync(this V1.Reorganizations.ReorganizationsClient client, FileFormat format, string asOf = "", string withinId = "") =>
        (await client.ExportChunksAsync(format, asOf, withinId)).SelectMany(c => c).ToArray();

    public static async Task<List<byte[]>> ExportChunksAsync(this V1.Reorganizations.ReorganizationsClient client, FileFormat format, string asOf = "", string withinId = "")
    {
        using var call = client.ExportHierarchy(new ExportHierarchyRequest { Format = format, AsOf = asOf, WithinId = withinId });
        var chunks = new List<byte[]>();
        while (await call.ResponseStream.MoveNext(default))
        {
            chunks.Add(call.ResponseStream.Current.Data.ToByteArray());
        }

        return chunks;
    }

    /// <summary>One JSON Lines line from an anonymous object whose property names are the file's (id, parent_id, name, …).</summary>
    public static string Line(object unit) => JsonSerializer.Serialize(unit, Json);

    public static string Lines(params object[] units) => string.Join('\n', units.Select(u => u as string ?? Line(u))) + "\n";

    /// <summary>The units of a JSON Lines export, each as its fields.</summary>
    public static List<Dictionary<string, string?>> ReadJsonLines(byte[] file) =>
        Encoding.UTF8.GetString(file).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(l)!
                .ToDictionary(p => p.Key, p => p.Value.ValueKind == JsonValueKind.Null ? null : p.Value.GetString()))
            .ToList();

    public static string NewId() => Guid.NewGuid().ToString();

    /// <summary>"line N: field" of every violation of a refused import.</summary>
    public static async Task<List<string>> RefusedFieldsAsync(Func<Task> call) =>
        (await RpcAssert.InvalidArgument(call)).FieldViolations.Select(v => v.Field).ToList();
}

/// <summary>How many rows the tables an import writes hold: to show that a call stored nothing.</summary>
public sealed record ImportStore(int ChangeLog, int Units, int UnitVersions, int AuditEntries, int LineageEvents, int Plans)
{
    public static async Task<ImportStore> ReadAsync(ChanceryHost host)
    {
        await using var db = host.CreateDbContext();
        return new ImportStore(
            await db.ChangeLog.CountAsync(), await db.Units.CountAsync(), await db.UnitVersions.CountAsync(),
            await db.AuditEntries.CountAsync(), await db.LineageEvents.CountAsync(), await db.Plans.CountAsync());
    }
}
