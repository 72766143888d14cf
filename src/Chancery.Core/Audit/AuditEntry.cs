namespace Chancery.Core.Audit;

/// <summary>
/// One entry of the append-only audit trail, written in the same transaction as the change it
/// records. Entries are numbered without gaps and hash-chained: each hash covers the entry and
/// the previous entry's hash, so an altered, removed or reordered entry breaks the chain.
/// </summary>
public sealed class AuditEntry
{
    public long Sequence { get; set; }

    /// <summary>The change-log entry of the change.</summary>
    public long ChangeSequence { get; set; }

    /// <summary>Recorded time, UTC.</summary>
    public DateTime RecordedAt { get; set; }

    /// <summary>user, client or system.</summary>
    public required string ActorKind { get; set; }

    /// <summary>The user's id, the client's client_id, or "system".</summary>
    public required string ActorId { get; set; }

    public required string ActorName { get; set; }

    /// <summary>The client through which the call came (for a person, the portal).</summary>
    public string? ClientId { get; set; }

    /// <summary>The RPC, e.g. <c>/chancery.v1.Units/MoveUnit</c>.</summary>
    public required string Operation { get; set; }

    /// <summary>unit, user, grant, client.</summary>
    public required string EntityKind { get; set; }

    public required string EntityId { get; set; }

    /// <summary>JSON of the entity before the change; null for a creation.</summary>
    public string? Before { get; set; }

    /// <summary>JSON of the entity after the change.</summary>
    public string? After { get; set; }

    /// <summary>The reason or legal basis given.</summary>
    public string? Reason { get; set; }

    public required string PreviousHash { get; set; }

    public required string Hash { get; set; }
}
