using Chancery.Core.Text;
using Chancery.Core.Time;

namespace Chancery.Core.Units;

/// <summary>
/// One version of a unit's attributes over its period. Immutable; its search and sort keys are
/// computed when it is made, once per distinct name (see <see cref="NameKeys"/>).
/// </summary>
public sealed class UnitVersionState
{
    public UnitVersionState(DateOnly from, DateOnly? to, string name, string? shortName, UnitKind kind, Guid? parentId, string? code)
    {
        From = from;
        To = to;
        var keys = NameKeys.Of(name);
        Name = keys.Name;
        ShortName = string.IsNullOrEmpty(shortName) ? null : shortName;
        Kind = kind;
        ParentId = parentId;
        Code = string.IsNullOrEmpty(code) ? null : code;
        SearchKey = ShortName is null ? keys.Folded : keys.Folded + " | " + NameKeys.Of(ShortName).Folded;
        SortKey = keys.SortKey;
    }

    public DateOnly From { get; }

    public DateOnly? To { get; }

    public DateOnly End => To ?? DateOnly.MaxValue;

    public Period Period => new(From, To);

    public string Name { get; }

    public string? ShortName { get; }

    public UnitKind Kind { get; }

    public Guid? ParentId { get; }

    public string? Code { get; }

    /// <summary>Folded name (and short name) for search.</summary>
    public string SearchKey { get; }

    /// <summary>vi-VN collation key of the name.</summary>
    public byte[] SortKey { get; }

    public bool Contains(DateOnly date) => From <= date && date < End;

    public UnitVersionState WithPeriod(DateOnly from, DateOnly? to) =>
        new(from, to, Name, ShortName, Kind, ParentId, Code);

    public UnitVersionState With(UnitAttributes attributes) =>
        new(From, To, attributes.Name, attributes.ShortName, attributes.Kind, attributes.ParentId, attributes.Code);

    public UnitAttributes Attributes => new(Name, ShortName, Kind, ParentId, Code);

    public bool SameAttributes(UnitVersionState other) => Attributes == other.Attributes;
}

/// <summary>The attributes that a version holds, without its period.</summary>
public sealed record UnitAttributes(string Name, string? ShortName, UnitKind Kind, Guid? ParentId, string? Code);

/// <summary>
/// The keys derived from a name (its folded search form and its vi-VN sort key), computed once per
/// distinct name and shared, like the name itself: a registry repeats a few thousand names over
/// its units (every commune has its Văn phòng, Phòng Kinh tế, Trạm Y tế), and computing a sort key
/// is the costliest part of building the read model. The shared sort key is never modified.
/// </summary>
internal sealed record NameKeys(string Name, string Folded, byte[] SortKey)
{
    /// <summary>
    /// Past this many characters of distinct names, keys are computed without being kept. A bound in
    /// characters, not names: the names of dry-run plans and refused changes pass through here too,
    /// and 250,000 names of 300 characters (the keys of each about three times the name) held some
    /// 600 MB for ever (issue 9, defect 10). 4 million characters is several times the distinct
    /// names of the national tree, and some 30 MB at most.
    /// </summary>
    private const long MaxSharedChars = 4_000_000;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, NameKeys> Shared = new(StringComparer.Ordinal);

    private static long chars;

    public static NameKeys Of(string name)
    {
        if (Shared.TryGetValue(name, out var keys))
        {
            return keys;
        }

        keys = new NameKeys(name, VietnameseText.Fold(name), VietnameseText.SortKey(name));
        if (Volatile.Read(ref chars) >= MaxSharedChars || !Shared.TryAdd(name, keys))
        {
            return Shared.TryGetValue(name, out var shared) ? shared : keys;
        }

        Interlocked.Add(ref chars, name.Length);
        return keys;
    }
}
