using System.Net;
using Chancery.Server.Tests.Infrastructure;

namespace Chancery.Server.Tests.Access;

/// <summary>The server's sign-in page: Vietnamese by default, English when asked.</summary>
public sealed class SignInPageTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    [Fact]
    public async Task SignInPage_ByDefault_Vietnamese()
    {
        using var browser = new SignInBrowser(fixture.Host);

        var (status, html) = await browser.GetPageAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<html lang=\"vi\">", html);
        Assert.Contains("<title>Đăng nhập Chancery</title>", html);
        Assert.Contains(">Tên đăng nhập</label>", html);
        Assert.Contains(">Mật khẩu</label>", html);
        Assert.DoesNotContain("Sign in", html);
    }

    [Fact]
    public async Task SignInPage_LangEn_English()
    {
        using var browser = new SignInBrowser(fixture.Host);

        var (status, html) = await browser.GetPageAsync("?lang=en");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("<title>Sign in to Chancery</title>", html);
        Assert.Contains(">User name</label>", html);
        Assert.Contains(">Password</label>", html);
        Assert.DoesNotContain("Mật khẩu", html);
    }

    [Fact]
    public async Task SignInPage_LangViOverAcceptLanguageEn_Vietnamese()
    {
        using var browser = new SignInBrowser(fixture.Host);

        var (_, english) = await browser.GetPageAsync(acceptLanguage: "en-US");
        var (_, vietnamese) = await browser.GetPageAsync("?lang=vi", acceptLanguage: "en-US");

        Assert.Contains("<html lang=\"en\">", english);
        Assert.Contains("<html lang=\"vi\">", vietnamese);
    }

    [Fact]
    public async Task SignInForm_WrongPassword_RefusedInTheFormsLanguage()
    {
        await fixture.Host.Tokens.CreateUserAsync("page.wrong");
        using var browser = new SignInBrowser(fixture.Host);

        var (viStatus, vi) = await browser.PostAsync("page.wrong", "not the password");
        var (enStatus, en) = await browser.PostAsync("page.wrong", "not the password", lang: "en");

        Assert.Equal(HttpStatusCode.Unauthorized, viStatus);
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang tạm khóa do nhập sai quá nhiều lần.", vi);
        Assert.Equal(HttpStatusCode.Unauthorized, enStatus);
        Assert.Contains("The user name or the password is wrong, or the account is locked for a while after too many failed attempts.", en);
    }
}
