using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Chancery.Core.Audit;

/// <summary>The hash of an audit entry: SHA-256 over its fields, each length-prefixed, and the previous hash.</summary>
public static class AuditChain
{
    /// <summary>The "previous hash" of the first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    public static string Compute(AuditEntry e)
    {
        var builder = new StringBuilder(512);
        void Add(string? value) => builder.Append(value?.Length ?? -1).Append(':').Append(value).Append('|');
        Add(e.Sequence.ToString(CultureInfo.InvariantCulture));
        Add(e.ChangeSequence.ToString(CultureInfo.InvariantCulture));
        Add(DateTime.SpecifyKind(e.RecordedAt, DateTimeKind.Utc).Ticks.ToString(CultureInfo.InvariantCulture));
        Add(e.ActorKind);
        Add(e.ActorId);
        Add(e.ActorName);
        Add(e.ClientId);
        Add(e.Operation);
        Add(e.EntityKind);
        Add(e.EntityId);
        Add(e.Before);
        Add(e.After);
        Add(e.Reason);
        Add(e.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }
}
