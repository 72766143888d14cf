using System.Text.Json;
using Chancery.V1;

namespace Chancery.Server.Tests.Audit;

/// <summary>Reads audit entries through the Audit service and their before/after JSON.</summary>
public static class AuditJsonAssert
{
    public static async Task<IReadOnlyList<AuditEntry>> EntriesAsync(this V1.Audit.AuditClient audit, string kind, string id)
    {
        var response = await audit.ListAuditEntriesAsync(new ListAuditEntriesRequest { EntityKind = kind, EntityId = id, PageSize = 1000 });
        return response.Entries;
    }

    /// <summary>The one entry of an entity written by this operation.</summary>
    public static async Task<AuditEntry> EntryAsync(this V1.Audit.AuditClient audit, string kind, string id, string method)
    {
        var entries = await audit.EntriesAsync(kind, id);
        return Assert.Single(entries, e => e.Operation == method);
    }

    public static JsonElement Json(string text)
    {
        Assert.False(string.IsNullOrEmpty(text), "Expected JSON, got nothing.");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The name of the unit's last version in a unit's JSON.</summary>
    public static JsonElement LastVersion(string unitJson) => Json(unitJson).GetProperty("versions").EnumerateArray().Last();

    /// <summary>Asserts who, through what, why, and the chain fields of an entry.</summary>
    public static void Made(AuditEntry entry, string actorKind, string actorId, string clientId, string operation, string reason)
    {
        Assert.Equal(actorKind, entry.ActorKind);
        Assert.Equal(actorId, entry.ActorId);
        Assert.Equal(clientId, entry.ClientId);
        Assert.Equal(operation, entry.Operation);
        Assert.Equal(reason, entry.Reason);
        Assert.Matches("^[0-9a-f]{64}$", entry.Hash);
        Assert.Matches("^[0-9a-f]{64}$", entry.PreviousHash);
        Assert.True(entry.ChangeSequence > 0);
    }
}
