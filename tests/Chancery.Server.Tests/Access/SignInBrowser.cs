using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Chancery.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Chancery.Server.Tests.Access;

/// <summary>The sign-in page as a browser sees it (cookies kept), and the token endpoint as the portal calls it.</summary>
public sealed partial class SignInBrowser(ChanceryHost host) : IDisposable
{
    private readonly HttpClient http = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>The page and its HTML with character references decoded (the text a reader sees).</summary>
    public async Task<(HttpStatusCode Status, string Html)> GetPageAsync(string query = "", string? acceptLanguage = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/login" + query);
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        using var response = await http.SendAsync(request);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>Fills and posts the form of the page; the answer (a redirect when signed in, the page again otherwise).</summary>
    public async Task<(HttpStatusCode Status, string Html)> PostAsync(string userName, string password, string lang = "vi", string returnUrl = "/")
    {
        var (_, page) = await GetPageAsync();
        var token = AntiforgeryField().Match(page);
        Assert.True(token.Success, "No antiforgery field on the sign-in page.");
        using var response = await http.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token.Groups[1].Value,
            ["ReturnUrl"] = returnUrl,
            ["Lang"] = lang,
            ["UserName"] = userName,
            ["Password"] = password,
        }));
        LastLocation = response.Headers.Location;
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>Where the last posted form redirected to, if it did.</summary>
    public Uri? LastLocation { get; private set; }

    /// <summary>A GET as the browser makes it, without following redirects.</summary>
    public Task<HttpResponseMessage> GetAsync(string url) => http.GetAsync(url);

    /// <summary>The refresh-token grant as the test portal asks it: the status and the JSON answer.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Json)> RefreshAsync(string refreshToken)
    {
        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = TokenClient.PortalClientId,
            ["refresh_token"] = refreshToken,
        }));
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    public void Dispose() => http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]*)\"")]
    private static partial Regex AntiforgeryField();
}
