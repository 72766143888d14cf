using System.Net;
using System.Text.RegularExpressions;
using Chancery.Core.Access;
using Chancery.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Chancery.Server.Tests.Access;

/// <summary>
/// Five wrong passwords lock an account for 15 minutes, even against the right password; the page
/// answers a locked account exactly as it answers a wrong password or an unknown user name.
/// </summary>
public abstract partial class SignInLockoutTests(HostFixture fixture)
{
    private const string Failed = Identity.SignInPage.FailedVi;

    private ChanceryHost Host => fixture.Host;

    [Fact]
    public async Task SignIn_AfterFiveWrongPasswords_LockedForFifteenMinutes()
    {
        var user = await Host.Tokens.CreateUserAsync("lockout.user", Role.Viewer);
        using var browser = new SignInBrowser(Host);
        var now = Host.Clock.GetUtcNow();
        try
        {
            for (var attempt = 1; attempt <= 5; attempt++)
            {
                var (status, html) = await browser.PostAsync("lockout.user", "wrong password " + attempt);
                Assert.Equal(HttpStatusCode.Unauthorized, status);
                Assert.Contains(Failed, html);
            }

            var sixth = await browser.PostAsync("lockout.user", user.Password);
            Host.Clock.Set(now + TimeSpan.FromMinutes(14));
            var stillLocked = await browser.PostAsync("lockout.user", user.Password);
            Host.Clock.Set(now + TimeSpan.FromMinutes(16));
            var tokens = await Host.Tokens.SignInAsync("lockout.user", user.Password, [Scopes.HierarchyRead]);

            Assert.Equal(HttpStatusCode.Unauthorized, sixth.Status);
            Assert.Contains(Failed, sixth.Html);
            Assert.Equal(HttpStatusCode.Unauthorized, stillLocked.Status);
            Assert.Contains(Failed, stillLocked.Html);
            Assert.NotEmpty(tokens.AccessToken);
        }
        finally
        {
            Host.Clock.Set(now);
        }
    }

    [Fact]
    public async Task SignIn_RightPasswordAfterFourWrong_SucceedsAndStartsCountingAgain()
    {
        var user = await Host.Tokens.CreateUserAsync("almost.locked", Role.Viewer);
        using var browser = new SignInBrowser(Host);
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await browser.PostAsync("almost.locked", "wrong password");
        }

        var signedIn = await browser.PostAsync("almost.locked", user.Password);
        var afterwards = await browser.PostAsync("almost.locked", "wrong password");

        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
        Assert.Contains(Failed, afterwards.Html);
    }

    [Fact]
    public async Task SignIn_SevenFailuresExistingAndUnknownUser_IdenticalAnswers()
    {
        var user = await Host.Tokens.CreateUserAsync("lockout.twin", Role.Viewer);
        using var existing = new SignInBrowser(Host);
        using var unknown = new SignInBrowser(Host);

        for (var attempt = 1; attempt <= 7; attempt++)
        {
            var password = attempt == 7 ? user.Password : "wrong password " + attempt;
            var (existingStatus, existingHtml) = await existing.PostAsync("lockout.twin", password);
            var (unknownStatus, unknownHtml) = await unknown.PostAsync("lockout.nobody", password);

            Assert.Equal(HttpStatusCode.Unauthorized, existingStatus);
            Assert.Equal(existingStatus, unknownStatus);
            Assert.Equal(WithoutAntiforgeryToken(existingHtml), WithoutAntiforgeryToken(unknownHtml));
        }
    }

    [Fact]
    public async Task Users_Password_StoredOnlyAsStrongHash()
    {
        var user = await Host.Tokens.CreateUserAsync("hashed.user");

        await using var db = Host.CreateDbContext();
        var stored = await db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id);

        Assert.StartsWith("pbkdf2-sha512$210000$", stored.PasswordHash);
        Assert.DoesNotContain(user.Password, stored.PasswordHash);
    }

    /// <summary>The page without the one part that differs on every answer.</summary>
    private static string WithoutAntiforgeryToken(string html) => AntiforgeryValue().Replace(html, "name=\"__RequestVerificationToken\" value=\"\"");

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"[^\"]*\"")]
    private static partial Regex AntiforgeryValue();
}

public sealed class SignInLockoutSqliteTests(SqliteFixture fixture) : SignInLockoutTests(fixture), IClassFixture<SqliteFixture>;

public sealed class SignInLockoutPostgresTests(PostgresFixture fixture) : SignInLockoutTests(fixture), IClassFixture<PostgresFixture>;
