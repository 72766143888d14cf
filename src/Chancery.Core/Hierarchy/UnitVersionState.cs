using Chancery.Core.Text;
using Chancery.Core.Time;

namespace Chancery.Core.Hierarchy;

/// <summary>
/// One version of a unit's attributes over its period. Immutable; its search and sort keys are
/// computed once, when it is made.
/// </summary>
public sealed class UnitVersionState
{
    public UnitVersionState(DateOnly from, DateOnly? to, string name, string? shortName, UnitKind kind, Guid? parentId, string? code)
    {
        From = from;
        To = to;
        Name = name;
        ShortName = string.IsNullOrEmpty(shortName) ? null : shortName;
        Kind = kind;
        ParentId = parentId;
        Code = string.IsNullOrEmpty(code) ? null : code;
        SearchKey = ShortName is null ? VietnameseText.Fold(name) : VietnameseText.Fold(name) + " | " + VietnameseText.Fold(ShortName);
        SortKey = VietnameseText.SortKey(name);
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
