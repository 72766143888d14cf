using Chancery.Core.Errors;
using Chancery.Core.Time;

namespace Chancery.Server.Grpc;

/// <summary>Parses the text fields of requests (ids, dates), collecting a violation per bad field.</summary>
public static class RequestFields
{
    public static Guid Id(string? text, string field, InputErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(field, "An id is required.");
            return Guid.Empty;
        }

        if (!Guid.TryParse(text, out var id))
        {
            errors.Add(field, $"'{text}' is not an id (a UUID such as 0195f3a2-7c1e-7d4b-9a61-2f0c3e4d5a6b).");
        }

        return id;
    }

    public static Guid? OptionalId(string? text, string field, InputErrors errors) =>
        string.IsNullOrWhiteSpace(text) ? null : Id(text, field, errors);

    public static DateOnly? OptionalDate(string? text, string field, InputErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!IsoDate.TryParse(text.Trim(), out var date))
        {
            errors.Add(field, $"'{text}' is not a date of the form yyyy-mm-dd.");
            return null;
        }

        return date;
    }

    /// <summary>The as_of of a read: the date given, else today in the service's time zone.</summary>
    public static DateOnly AsOf(string? text, RegistryClock clock, InputErrors errors, string field = "as_of") =>
        OptionalDate(text, field, errors) ?? clock.Today;

    public static int PageSize(int size, InputErrors errors, int defaultSize = 100, int max = 1000, string field = "page_size")
    {
        if (size < 0 || size > max)
        {
            errors.Add(field, $"A page holds 1 to {max} items (0 for {defaultSize}).");
            return defaultSize;
        }

        return size == 0 ? defaultSize : size;
    }
}
