using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Chancery.Core.Audit;

/// <summary>The hash of an audit entry: SHA-256 over its fields, each length-prefixed, and the previous hash.</summary>
public static class AuditChain
{
    /// <summary>The "previous hash" of the first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>
    /// The hash of an entry about to be stored. It must cover exactly what the database will give
    /// back, so a text that a database would cut (at a NUL) or re-encode (an unpaired surrogate) is
    /// refused here, as a bug: the inputs' <see cref="Text.TextGuard"/> keeps such text out.
    /// </summary>
    public static string Compute(AuditEntry e)
    {
        string?[] texts = [e.ActorKind, e.ActorId, e.ActorName, e.ClientId, e.Operation, e.EntityKind, e.EntityId, e.Before, e.After, e.Reason];
        if (texts.FirstOrDefault(t => !Storable(t)) is { } bad)
        {
            throw new InvalidOperationException(
                $"Audit entry {e.Sequence} holds a text no database stores as given (a NUL or half a surrogate pair): '{bad[..Math.Min(bad.Length, 40)]}'…");
        }

        return Hash(e);
    }

    /// <summary>The hash of an entry as stored (the verifier's; never refuses).</summary>
    public static string Hash(AuditEntry e)
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

    private static bool Storable(string? text)
    {
        if (text is null)
        {
            return true;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0' || (char.IsHighSurrogate(c) && (i + 1 == text.Length || !char.IsLowSurrogate(text[++i]))) || char.IsLowSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }
}
