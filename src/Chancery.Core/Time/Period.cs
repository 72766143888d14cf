namespace Chancery.Core.Time;

/// <summary>
/// A half-open period of calendar dates, [From, To); an empty <see cref="To"/> means
/// "until further notice". Everything the law makes effective on a date has one.
/// </summary>
public readonly record struct Period(DateOnly From, DateOnly? To)
{
    /// <summary>The first date after the period; <see cref="DateOnly.MaxValue"/> when open.</summary>
    public DateOnly End => To ?? DateOnly.MaxValue;

    public bool IsOpen => To is null;

    public bool Contains(DateOnly date) => From <= date && date < End;

    public bool Overlaps(Period other) => From < other.End && other.From < End;

    public bool Covers(Period inner) => From <= inner.From && inner.End <= End;

    public static DateOnly? ToNullable(DateOnly end) => end == DateOnly.MaxValue ? null : end;

    public override string ToString() => $"[{IsoDate.Format(From)}, {(To is { } to ? IsoDate.Format(to) : "…")})";
}
