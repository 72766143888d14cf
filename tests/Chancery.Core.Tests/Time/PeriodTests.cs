using Chancery.Core.Time;

namespace Chancery.Core.Tests.Time;

/// <summary>A period guards itself (no end before its start) and does its own intersection.</summary>
public sealed class PeriodTests
{
    [Fact]
    public void New_EndBeforeStart_Refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Period(Day("2025-07-01"), Day("2025-06-30")));

    [Fact]
    public void New_EndOnStart_IsEmpty()
    {
        var period = new Period(Day("2025-07-01"), Day("2025-07-01"));

        Assert.True(period.IsEmpty);
        Assert.False(period.Contains(Day("2025-07-01")));
    }

    [Fact]
    public void Day_HoldsOnlyThatDate()
    {
        var day = Period.Day(Day("2025-07-01"));

        Assert.True(day.Contains(Day("2025-07-01")));
        Assert.False(day.Contains(Day("2025-07-02")));
        Assert.Equal(Day("2025-07-02"), day.To);
    }

    [Theory]
    [InlineData("2020-01-01", "2025-07-01", "2025-01-01", null, "2025-01-01", "2025-07-01")]
    [InlineData("2020-01-01", null, "2025-01-01", null, "2025-01-01", null)]
    [InlineData("2020-01-01", null, "2010-01-01", "2021-01-01", "2020-01-01", "2021-01-01")]
    [InlineData("2020-01-01", "2022-01-01", "2021-01-01", "2021-02-01", "2021-01-01", "2021-02-01")]
    public void Intersect_Overlapping_TheCommonDates(string from1, string? to1, string from2, string? to2, string from, string? to)
    {
        var a = new Period(Day(from1), DayOrNull(to1));
        var b = new Period(Day(from2), DayOrNull(to2));

        Assert.Equal(new Period(Day(from), DayOrNull(to)), a.Intersect(b));
        Assert.Equal(a.Intersect(b), b.Intersect(a));
    }

    [Theory]
    [InlineData("2020-01-01", "2025-07-01", "2025-07-01", null)]
    [InlineData("2020-01-01", "2021-01-01", "2022-01-01", "2023-01-01")]
    public void Intersect_Apart_Null(string from1, string? to1, string from2, string? to2) =>
        Assert.Null(new Period(Day(from1), DayOrNull(to1)).Intersect(new Period(Day(from2), DayOrNull(to2))));
}
