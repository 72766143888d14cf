using System.Net;
using Chancery.Core.Access;
using Chancery.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Chancery.Server.Tests.Access;

/// <summary>Five wrong passwords lock an account for 15 minutes, even against the right password.</summary>
public abstract class SignInLockoutTests(HostFixture fixture)
{
    private const string Locked = "Tài khoản tạm bị khóa do nhập sai mật khẩu quá nhiều lần.";
    private const string Wrong = "Tên đăng nhập hoặc mật khẩu không đúng.";

    private ChanceryHost Host => fixture.Host;

    [Fact]
    public async Task SignIn_AfterFiveWrongPasswords_LockedForFifteenMinutes()
    {
        var user = await Host.Tokens.CreateUserAsync("lockout.user", Role.Viewer);
        using var browser = new SignInBrowser(Host);
        var now = Host.Clock.GetUtcNow();
        try
        {
            for (var attempt = 1; attempt <= 4; attempt++)
            {
                var (status, html) = await browser.PostAsync("lockout.user", "wrong password " + attempt);
                Assert.Equal(HttpStatusCode.Unauthorized, status);
                Assert.Contains(Wrong, html);
            }

            var fifth = await browser.PostAsync("lockout.user", "wrong password 5");
            var sixth = await browser.PostAsync("lockout.user", user.Password);
            Host.Clock.Set(now + TimeSpan.FromMinutes(14));
            var stillLocked = await browser.PostAsync("lockout.user", user.Password);
            Host.Clock.Set(now + TimeSpan.FromMinutes(16));
            var tokens = await Host.Tokens.SignInAsync("lockout.user", user.Password, [Scopes.HierarchyRead]);

            Assert.Contains(Locked, fifth.Html);
            Assert.Equal(HttpStatusCode.Unauthorized, sixth.Status);
            Assert.Contains(Locked, sixth.Html);
            Assert.Contains(Locked, stillLocked.Html);
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
        Assert.Contains(Wrong, afterwards.Html);
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
}

public sealed class SignInLockoutSqliteTests(SqliteFixture fixture) : SignInLockoutTests(fixture), IClassFixture<SqliteFixture>;

public sealed class SignInLockoutPostgresTests(PostgresFixture fixture) : SignInLockoutTests(fixture), IClassFixture<PostgresFixture>;
