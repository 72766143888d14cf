using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Chancery.Server.Tests.Infrastructure;

/// <summary>
/// What a portal and a browser do against a real server: the authorization request with PKCE
/// (S256), the server's sign-in page (antiforgery field, cookie), the redirect back with a code,
/// and the code's redemption at the token endpoint with the verifier (and the client's secret when
/// it is confidential). <paramref name="http"/> keeps cookies and does not follow redirects.
/// </summary>
public sealed class PkceSignIn(HttpClient http, string clientId, string? clientSecret, Uri redirectUri)
{
    /// <summary>The token endpoint's JSON answer.</summary>
    public async Task<JsonElement> SignInAsync(string userName, string password, IEnumerable<string> scopes)
    {
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var state = "s" + Guid.NewGuid().ToString("N");
        var authorize = "/connect/authorize?" + string.Join('&', new Dictionary<string, string>
        {
            ["client_id"] = clientId,
            ["response_type"] = "code",
            ["redirect_uri"] = redirectUri.ToString(),
            ["scope"] = string.Join(' ', scopes.Prepend("openid")),
            ["code_challenge"] = challenge,
            ["code_challenge_method"] = "S256",
            ["state"] = state,
        }.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));

        using var toLogin = await http.GetAsync(authorize);
        Assert.True(toLogin.StatusCode == HttpStatusCode.Redirect, $"authorize: {(int)toLogin.StatusCode} {await toLogin.Content.ReadAsStringAsync()}");
        using var loginPage = await http.GetAsync(toLogin.Headers.Location);
        var html = await loginPage.Content.ReadAsStringAsync();
        using var signedIn = await http.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Field(html, "__RequestVerificationToken"),
            ["ReturnUrl"] = WebUtility.HtmlDecode(Field(html, "ReturnUrl")),
            ["Lang"] = "en",
            ["UserName"] = userName,
            ["Password"] = password,
        }));
        Assert.True(signedIn.StatusCode == HttpStatusCode.Redirect, $"sign-in: {(int)signedIn.StatusCode} {await signedIn.Content.ReadAsStringAsync()}");
        using var toCallback = await http.GetAsync(signedIn.Headers.Location);
        Assert.True(toCallback.StatusCode == HttpStatusCode.Redirect, $"authorize after sign-in: {(int)toCallback.StatusCode}");
        var callback = toCallback.Headers.Location!;
        Assert.StartsWith(redirectUri.ToString(), callback.ToString());
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(callback.Query);
        Assert.Equal(state, query["state"].ToString());

        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = clientId,
            ["code"] = query["code"].ToString(),
            ["redirect_uri"] = redirectUri.ToString(),
            ["code_verifier"] = verifier,
        };
        if (clientSecret is not null)
        {
            form["client_secret"] = clientSecret;
        }

        using var exchange = await http.PostAsync("/connect/token", new FormUrlEncodedContent(form));
        var body = await exchange.Content.ReadAsStringAsync();
        Assert.True(exchange.IsSuccessStatusCode, $"token: {(int)exchange.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static string Field(string html, string name)
    {
        var match = Regex.Match(html, $"name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"");
        Assert.True(match.Success, $"No field {name} on the page:\n{html}");
        return match.Groups[1].Value;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
