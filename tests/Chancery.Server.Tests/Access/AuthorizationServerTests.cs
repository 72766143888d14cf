using System.Net;
using System.Text.Json;
using Chancery.Core.Access;
using Chancery.Server.Tests.Infrastructure;

namespace Chancery.Server.Tests.Access;

/// <summary>The authorization server's own refusals: PKCE required, scopes limited to the client's, no open redirect after sign-in.</summary>
public sealed class AuthorizationServerTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    private ChanceryHost Host => fixture.Host;

    [Fact]
    public async Task Authorize_WithoutPkce_InvalidRequest()
    {
        var user = await Host.Tokens.CreateUserAsync("pkce.user", Core.Access.Role.Viewer);
        await Host.Tokens.SignInAsync("pkce.user", user.Password, [Scopes.HierarchyRead]);
        using var browser = new SignInBrowser(Host);

        using var response = await browser.GetAsync("/connect/authorize?client_id=" + TokenClient.PortalClientId +
            "&response_type=code&scope=openid&state=s1&redirect_uri=" + Uri.EscapeDataString(TokenClient.PortalRedirect.ToString()));

        Assert.Null(response.Headers.Location);
        var answer = await response.Content.ReadAsStringAsync();
        Assert.Contains("error:invalid_request", answer);
        Assert.Contains("The mandatory 'code_challenge' parameter is missing.", answer);
    }

    [Fact]
    public async Task ClientCredentials_ScopeNotRegistered_Refused()
    {
        var secret = await Host.Tokens.RegisterClientAsync("reader-only", [Scopes.HierarchyRead], Core.Access.Role.Viewer);
        using var http = Host.CreateClient();

        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "reader-only", ["client_secret"] = secret, ["scope"] = "hierarchy.read hierarchy.write",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("invalid_request", json.GetProperty("error").GetString());
        Assert.Equal("This client application is not allowed to use the specified scope.", json.GetProperty("error_description").GetString());
    }

    [Fact]
    public async Task ClientCredentials_WrongSecret_InvalidClient()
    {
        await Host.Tokens.RegisterClientAsync("wrong-secret", [Scopes.HierarchyRead]);
        using var http = Host.CreateClient();

        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "wrong-secret", ["client_secret"] = "not-the-secret", ["scope"] = "hierarchy.read",
        }));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_client", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("https://evil.example/steal")]
    [InlineData("//evil.example/steal")]
    [InlineData("/\\evil.example/steal")]
    public async Task SignInForm_ReturnUrlElsewhere_RedirectsHome(string returnUrl)
    {
        var userName = "redirect." + Guid.NewGuid().ToString("N")[..6];
        var user = await Host.Tokens.CreateUserAsync(userName, Core.Access.Role.Viewer);
        using var browser = new SignInBrowser(Host);

        var (status, _) = await browser.PostAsync(userName, user.Password, returnUrl: returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Equal("/", browser.LastLocation?.ToString());
    }
}
