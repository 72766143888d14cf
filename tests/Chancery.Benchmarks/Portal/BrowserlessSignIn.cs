using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Chancery.Benchmarks.Portal;

/// <summary>
/// A person's sign-in without a browser: redirects followed by hand, the server's sign-in form
/// filled in when it appears. <see cref="PortalAsync"/> signs in to the portal (its cookie in the
/// client's container); <see cref="TokenAsync"/> runs the same authorization-code flow with PKCE
/// as the portal's client and redeems the code, so that the benchmark calls the API with the same
/// person's token, the same client and the same scopes as the portal does.
/// </summary>
public static partial class BrowserlessSignIn
{
    public static HttpClient NewClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true }) { Timeout = TimeSpan.FromMinutes(2) };

    /// <summary>Signs <paramref name="user"/> in to the portal; answers when a page of the portal answers 200.</summary>
    public static async Task PortalAsync(HttpClient http, string portal, string user, string password)
    {
        var (status, location, _) = await FollowAsync(http, new Uri(new Uri(portal), "/hierarchy"), user, password, stopAt: null);
        if (status != HttpStatusCode.OK || !location.StartsWith(portal, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Signing in to the portal ended on {location} with {(int)status}.");
        }
    }

    /// <summary>An access token of <paramref name="user"/> for the portal's client, by the authorization-code flow with PKCE.</summary>
    public static async Task<string> TokenAsync(HttpClient http, string server, string clientId, string redirectUri, IEnumerable<string> scopes, string user, string password)
    {
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var authorize = new Uri(new Uri(server), "/connect/authorize?" + string.Join('&', new Dictionary<string, string>
        {
            ["client_id"] = clientId, ["redirect_uri"] = redirectUri, ["response_type"] = "code", ["scope"] = string.Join(' ', scopes),
            ["code_challenge"] = challenge, ["code_challenge_method"] = "S256", ["state"] = Base64Url(RandomNumberGenerator.GetBytes(8)),
        }.Select(kv => kv.Key + "=" + Uri.EscapeDataString(kv.Value))));
        var (_, location, _) = await FollowAsync(http, authorize, user, password, stopAt: redirectUri);
        var code = Regex.Match(location, "[?&]code=([^&]+)").Groups[1].Value;
        if (code.Length == 0)
        {
            throw new InvalidOperationException($"No code in {location}.");
        }

        using var response = await http.PostAsync(new Uri(new Uri(server), "/connect/token"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["code"] = Uri.UnescapeDataString(code), ["redirect_uri"] = redirectUri,
            ["client_id"] = clientId, ["code_verifier"] = verifier,
        }));
        var body = await response.Content.ReadAsStringAsync();
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>GETs and follows redirects; posts the sign-in form when one is answered; stops at a 200 or at a redirect to <paramref name="stopAt"/>.</summary>
    private static async Task<(HttpStatusCode Status, string Location, string Body)> FollowAsync(HttpClient http, Uri start, string user, string password, string? stopAt)
    {
        var uri = start;
        var signedIn = false;
        for (var hop = 0; hop < 20; hop++)
        {
            using var response = await http.GetAsync(uri);
            if (response.Headers.Location is { } next)
            {
                uri = next.IsAbsoluteUri ? next : new Uri(uri, next);
                if (stopAt is not null && uri.ToString().StartsWith(stopAt, StringComparison.Ordinal))
                {
                    return (response.StatusCode, uri.ToString(), "");
                }

                continue;
            }

            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.OK && body.Contains("name=\"Password\"", StringComparison.Ordinal) && !signedIn)
            {
                var form = Hidden().Matches(body).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));
                form["UserName"] = user;
                form["Password"] = password;
                using var posted = await http.PostAsync(uri, new FormUrlEncodedContent(form));
                signedIn = true;
                if (posted.Headers.Location is not { } after)
                {
                    throw new InvalidOperationException($"The sign-in form answered {(int)posted.StatusCode}: wrong user name or password?");
                }

                uri = after.IsAbsoluteUri ? after : new Uri(uri, after);
                if (stopAt is not null && uri.ToString().StartsWith(stopAt, StringComparison.Ordinal))
                {
                    return (posted.StatusCode, uri.ToString(), "");
                }

                continue;
            }

            return (response.StatusCode, uri.ToString(), body);
        }

        throw new InvalidOperationException($"Too many redirects from {start}.");
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex Hidden();
}
