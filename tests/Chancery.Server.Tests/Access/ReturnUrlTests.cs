using System.Net;
using Chancery.Core.Access;
using Chancery.Server.Tests.Infrastructure;

namespace Chancery.Server.Tests.Access;

/// <summary>
/// After a correct password the sign-in page sends the person back only to a printable path on
/// this server; any crafted return URL sends them home. Never an HTTP 500 (LocalRedirect threw on
/// control characters that the old check let through), never another host.
/// </summary>
public sealed class ReturnUrlTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    private static readonly Dictionary<string, string> Crafted = new()
    {
        ["tab"] = "/\t/evil.example/",
        ["CR LF"] = "/\r\n/evil.example",
        ["LF"] = "/\n/evil.example",
        ["CR"] = "/\r/evil.example",
        ["DEL"] = "/\u007f/evil.example",
        ["space"] = "/ /evil.example",
        ["tab at the end"] = "/units\t",
        ["two slashes"] = "//evil.example",
        ["slash backslash"] = "/\\evil.example",
        ["backslashes"] = "\\\\evil.example",
        ["backslash later"] = "/a\\..\\\\evil.example",
        ["absolute https"] = "https://evil.example/steal",
        ["scheme-relative with tab"] = "\t//evil.example",
        ["javascript"] = "javascript:alert(1)",
        ["tilde"] = "~/evil.example",
        ["line separator"] = "/\u2028/evil.example",
        ["Vietnamese, not encoded"] = "/đơn-vị",
        ["10,000 characters"] = "/" + new string('a', 10_000),
    };

    public static TheoryData<string> CraftedCases => [.. Crafted.Keys];

    private ChanceryHost Host => fixture.Host;

    [Theory]
    [MemberData(nameof(CraftedCases))]
    public async Task SignInForm_CraftedReturnUrl_RedirectsHome(string name)
    {
        var (browser, password, userName) = await NewUserAsync();
        using var _ = browser;

        var (status, _) = await browser.PostAsync(userName, password, returnUrl: Crafted[name]);

        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Equal("/", browser.LastLocation?.OriginalString);
    }

    [Theory]
    [InlineData("/connect/authorize?client_id=test-portal&state=s%201")]
    [InlineData("/%0d%0a/evil.example")]
    [InlineData("/%2F%2Fevil.example")]
    [InlineData("/%C4%91%C6%A1n-v%E1%BB%8B")]
    public async Task SignInForm_EncodedLocalReturnUrl_RedirectsThere(string returnUrl)
    {
        var (browser, password, userName) = await NewUserAsync();
        using var _ = browser;

        var (status, _) = await browser.PostAsync(userName, password, returnUrl: returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Equal(returnUrl, browser.LastLocation?.OriginalString);
    }

    /// <summary>ASP.NET Core's form reader refuses a NUL in any form value before the page sees it.</summary>
    [Fact]
    public async Task SignInForm_ReturnUrlWithNul_BadRequestWithoutRedirect()
    {
        var (browser, password, userName) = await NewUserAsync();
        using var _ = browser;

        var (status, _) = await browser.PostAsync(userName, password, returnUrl: "/\u0000/evil.example");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Null(browser.LastLocation);
    }

    [Fact]
    public async Task SignInPage_CraftedReturnUrl_FormCarriesHome()
    {
        using var browser = new SignInBrowser(Host);

        var (status, html) = await browser.GetPageAsync("?ReturnUrl=" + Uri.EscapeDataString("/\t/evil.example/"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("name=\"ReturnUrl\" value=\"/\"", html);
        Assert.DoesNotContain("evil.example", html);
    }

    private async Task<(SignInBrowser Browser, string Password, string UserName)> NewUserAsync()
    {
        var userName = "return." + Guid.NewGuid().ToString("N")[..8];
        var user = await Host.Tokens.CreateUserAsync(userName, Role.Viewer);
        return (new SignInBrowser(Host), user.Password, userName);
    }
}
