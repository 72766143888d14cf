namespace Chancery.Server.Identity;

/// <summary>
/// Where the sign-in page may send a person back to: a path on this server, as the cookie handler
/// writes it (already percent-encoded). Anything else becomes "/": browsers drop tabs and line
/// breaks from URLs, so "/\t/evil.example" would leave for another host, and a header value with
/// control or non-ASCII characters makes the server fail the response.
/// </summary>
public static partial class ReturnUrls
{
    /// <summary>Longer than Kestrel's request line (8 KiB by default) could not be asked for again anyway.</summary>
    public const int MaxLength = 8 * 1024;

    public const string Home = "/";

    public static bool IsSafe(string? url) =>
        !string.IsNullOrEmpty(url) && url.Length <= MaxLength
        && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal)
        && url.All(c => c is > ' ' and < '\u007f' and not '\\');

    /// <summary>The URL if it is safe, else the home page (logged, without the URL itself).</summary>
    public static string SafeOrHome(string? url, ILogger logger)
    {
        if (string.IsNullOrEmpty(url) || url == Home)
        {
            return Home;
        }

        if (IsSafe(url))
        {
            return url;
        }

        LogRefused(logger, url.Length);
        return Home;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in return URL refused ({Length} characters): not a printable path on this server; sent home instead")]
    private static partial void LogRefused(ILogger logger, int length);
}
