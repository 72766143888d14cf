namespace Chancery.Server.Grpc;

/// <summary>
/// How many problems an error's details list: at most <see cref="MaxItems"/>, and about
/// <see cref="MaxChars"/> characters of them, so that the status (sent in the trailers, in base64)
/// stays within the 64 KB of headers that HttpClient-based gRPC clients accept.
/// </summary>
public static class DetailBudget
{
    public const int MaxItems = 1000;
    public const int MaxChars = 24 * 1024;

    public static List<T> Take<T>(IEnumerable<T> items, Func<T, int> size)
    {
        var taken = new List<T>();
        var chars = 0;
        foreach (var item in items)
        {
            chars += size(item) + 8;
            if (taken.Count == MaxItems || (taken.Count > 0 && chars > MaxChars))
            {
                break;
            }

            taken.Add(item);
        }

        return taken;
    }

    public static string More(int total, int listed) =>
        $"{total - listed} more problem(s) not listed here ({total} in all); a dry run lists them in its response.";
}
