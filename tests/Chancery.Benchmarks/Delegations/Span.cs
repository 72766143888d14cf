using Chancery.Benchmarks.Staffing;

namespace Chancery.Benchmarks.Delegations;

/// <summary>A half-open period of the generator, <c>[From, To)</c>, To null for "until further notice".</summary>
public readonly record struct Span(DateOnly From, DateOnly? To)
{
    /// <summary>Where an open period is cut to measure it: no generated change starts later (<see cref="TermDraw.LatestStart"/>).</summary>
    public static readonly DateOnly Horizon = TermDraw.LatestStart;

    public static Span Of(GenTerm term) => new(term.From, term.To);

    /// <summary>Days from the start to the end, an open period measured to <see cref="Horizon"/>.</summary>
    public int Days => (To ?? Horizon).DayNumber - From.DayNumber;

    public bool Covers(Span other) => From <= other.From && (To is null || (other.To is { } end && end <= To));

    public bool Contains(DateOnly date) => From <= date && (To is null || date < To);

    public Span? Intersect(Span other)
    {
        var from = From > other.From ? From : other.From;
        DateOnly? to = To is null ? other.To : other.To is null ? To : To < other.To ? To : other.To;
        return to is { } end && end <= from ? null : new Span(from, to);
    }

    /// <summary>From a later start, or null when nothing of the period is left from it.</summary>
    public Span? Since(DateOnly start) => Intersect(new Span(start, null));
}
