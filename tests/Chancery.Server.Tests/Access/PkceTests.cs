using System.Net;
using System.Text.Json;
using Chancery.Core.Access;
using Chancery.Server.Tests.Infrastructure;

namespace Chancery.Server.Tests.Access;

/// <summary>
/// PKCE with S256 only: a 'plain' challenge (or one without a method, which means 'plain') is
/// refused even for a signed-in person, so no code is issued that the verifier-less eavesdropper of
/// the authorization request could redeem.
/// </summary>
public sealed class PkceTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    private const string Verifier = "a-plain-verifier-that-is-long-enough-to-be-valid-0123456789";

    private ChanceryHost Host => fixture.Host;

    [Theory]
    [InlineData("plain")]
    [InlineData(null)]
    public async Task Authorize_PlainChallengeSignedIn_InvalidRequestWithoutCode(string? method)
    {
        var userName = "pkce.plain." + Guid.NewGuid().ToString("N")[..6];
        var user = await Host.Tokens.CreateUserAsync(userName, Role.Viewer);
        await Host.Tokens.SignInAsync(userName, user.Password, [Scopes.HierarchyRead]);
        using var browser = new SignInBrowser(Host);
        var (signedIn, _) = await browser.PostAsync(userName, user.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn);

        using var response = await browser.GetAsync("/connect/authorize?client_id=" + TokenClient.PortalClientId +
            "&response_type=code&scope=openid&state=s1&redirect_uri=" + Uri.EscapeDataString(TokenClient.PortalRedirect.ToString()) +
            "&code_challenge=" + Verifier + (method is null ? "" : "&code_challenge_method=" + method));

        var answer = (response.Headers.Location?.ToString() ?? "") + await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("code=", answer);
        Assert.Contains("invalid_request", answer);
        Assert.Contains("code_challenge_method", answer);
    }

    [Fact]
    public async Task Discovery_CodeChallengeMethods_S256Only()
    {
        using var http = Host.CreateClient();

        var json = JsonDocument.Parse(await http.GetStringAsync("/.well-known/openid-configuration")).RootElement;

        var methods = json.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(m => m.GetString()).ToList();
        Assert.Equal(["S256"], methods);
    }

    [Fact]
    public async Task AuthorizationCode_S256Challenge_Redeems()
    {
        var userName = "pkce.s256." + Guid.NewGuid().ToString("N")[..6];
        var user = await Host.Tokens.CreateUserAsync(userName, Role.Viewer);

        var tokens = await Host.Tokens.SignInAsync(userName, user.Password, [Scopes.HierarchyRead]);

        Assert.NotEmpty(tokens.AccessToken);
        Assert.NotEmpty(tokens.RefreshToken);
    }
}
