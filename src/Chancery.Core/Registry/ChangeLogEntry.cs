namespace Chancery.Core.Registry;

/// <summary>
/// One committed change, numbered without gaps. Written in the same transaction as the change:
/// the unique sequence is what orders writers on several replicas (the second writer of a number
/// fails and retries on the new state), and followers replay it to keep their read model current.
/// </summary>
public sealed class ChangeLogEntry
{
    public long Sequence { get; set; }

    /// <summary>Recorded time, UTC.</summary>
    public DateTime RecordedAt { get; set; }

    /// <summary>The operation, e.g. <c>chancery.v1.Units/MoveUnit</c>.</summary>
    public required string Operation { get; set; }

    /// <summary>What changed, as space-separated <c>kind:id</c> pairs, e.g. <c>unit:…</c>.</summary>
    public required string Entities { get; set; }
}
