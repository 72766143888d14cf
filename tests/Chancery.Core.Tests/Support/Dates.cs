using System.Globalization;

namespace Chancery.Core.Tests.Support;

/// <summary>ISO dates in tests: <c>Day("2025-07-01")</c> reads like the contracts.</summary>
internal static class Dates
{
    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? DayOrNull(string? iso) => iso is null ? null : Day(iso);
}
