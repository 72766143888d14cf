namespace Chancery.Core.Time;

/// <summary>
/// A half-open period of calendar dates, [From, To); an empty <see cref="To"/> means
/// "until further notice". Everything the law makes effective on a date has one. Like NodaTime's
/// DateInterval it guards itself: an end before the start is refused (an empty period, To = From,
/// is allowed), so every period in the registry is well-formed. Input is checked for that before a
/// period is made (a caller's mistake is a field violation, not this exception).
/// </summary>
public readonly record struct Period
{
    public Period(DateOnly from, DateOnly? to)
    {
        if (to is { } end && end < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), $"A period cannot end ({IsoDate.Format(end)}) before it starts ({IsoDate.Format(from)}).");
        }

        From = from;
        To = to;
    }

    public DateOnly From { get; }

    public DateOnly? To { get; }

    /// <summary>The first date after the period; <see cref="DateOnly.MaxValue"/> when open.</summary>
    public DateOnly End => To ?? DateOnly.MaxValue;

    public bool IsOpen => To is null;

    public bool IsEmpty => End <= From;

    /// <summary>The one day [date, date + 1).</summary>
    public static Period Day(DateOnly date) => new(date, date == DateOnly.MaxValue ? null : date.AddDays(1));

    /// <summary>[from, end) with <see cref="DateOnly.MaxValue"/> as "open".</summary>
    public static Period Until(DateOnly from, DateOnly end) => new(from, ToNullable(end));

    public bool Contains(DateOnly date) => From <= date && date < End;

    public bool Overlaps(Period other) => From < other.End && other.From < End;

    public bool Covers(Period inner) => From <= inner.From && inner.End <= End;

    /// <summary>The dates both periods hold, or null when they do not overlap.</summary>
    public Period? Intersect(Period other)
    {
        var from = From > other.From ? From : other.From;
        var end = End < other.End ? End : other.End;
        return from < end ? Until(from, end) : null;
    }

    public static DateOnly? ToNullable(DateOnly end) => end == DateOnly.MaxValue ? null : end;

    public void Deconstruct(out DateOnly from, out DateOnly? to)
    {
        from = From;
        to = To;
    }

    public override string ToString() => $"[{IsoDate.Format(From)}, {(To is { } to ? IsoDate.Format(to) : "…")})";
}
