using System.Globalization;

namespace Chancery.Portal.Setup;

/// <summary>
/// Dates as people read and type them, dd/MM/yyyy, and as the API and the URLs carry them, ISO
/// yyyy-MM-dd. What does not read as a date is passed on as typed: the server says what is wrong.
/// </summary>
public static class Dates
{
    public const string Shown = "dd/MM/yyyy";
    private static readonly string[] Accepted = ["d/M/yyyy", "dd/MM/yyyy", "yyyy-MM-dd"];

    public static bool TryRead(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), Accepted, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>ISO for the API; the text itself when it is not a date; empty for nothing.</summary>
    public static string ToIso(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "" : TryRead(text, out var date) ? Iso(date) : text.Trim();

    public static string DayBefore(string iso) => TryRead(iso, out var date) ? Iso(date.AddDays(-1)) : iso;

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An ISO date of the API as dd/MM/yyyy; empty stays empty.</summary>
    public static string Show(string? iso) =>
        TryRead(iso, out var date) ? date.ToString(Shown, CultureInfo.InvariantCulture) : iso ?? "";

    /// <summary>A recorded time (UTC ISO 8601) in Asia/Ho_Chi_Minh, dd/MM/yyyy HH:mm:ss.</summary>
    public static string ShowInstant(string? instant) =>
        DateTimeOffset.TryParse(instant, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? TimeZoneInfo.ConvertTime(at, Zone).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture)
            : instant ?? "";

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone).DateTime);

    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
}
