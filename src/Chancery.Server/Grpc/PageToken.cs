using System.Buffers.Text;
using System.Text;
using Chancery.Core.Errors;
using Chancery.Core.Time;

namespace Chancery.Server.Grpc;

/// <summary>
/// An opaque page token: the offset of the next page and the date the first page was read for,
/// so that later pages answer for the same date even across midnight.
/// </summary>
public readonly record struct PageToken(int Offset, DateOnly AsOf)
{
    private const string Prefix = "p1";

    public string Encode() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{Prefix}|{Offset}|{IsoDate.Format(AsOf)}"));

    /// <summary>The page to read: from the token if there is one (whose date must match an explicit as_of), else the first page for <paramref name="asOf"/>.</summary>
    public static PageToken Read(string? token, DateOnly asOf, bool asOfGiven, InputErrors errors, string field = "page_token")
    {
        if (string.IsNullOrEmpty(token))
        {
            return new PageToken(0, asOf);
        }

        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token)).Split('|');
            if (parts.Length == 3 && parts[0] == Prefix && int.TryParse(parts[1], out var offset) && offset >= 0 && IsoDate.TryParse(parts[2], out var date))
            {
                if (asOfGiven && date != asOf)
                {
                    errors.Add(field, "This page token belongs to a listing for another as_of date.");
                }

                return new PageToken(offset, date);
            }
        }
        catch (FormatException)
        {
        }

        errors.Add(field, "Not a page token from this service.");
        return new PageToken(0, asOf);
    }

    /// <summary>The token of the page after this one, or empty when this is the last.</summary>
    public string Next(int pageSize, int total) => Offset + pageSize < total ? (this with { Offset = Offset + pageSize }).Encode() : "";
}
