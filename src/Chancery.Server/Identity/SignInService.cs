using Chancery.Core.Access;
using Chancery.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Chancery.Server.Identity;

/// <summary>The outcome of a password check.</summary>
public sealed record SignInResult(User? User, string? Failure);

/// <summary>
/// Checks a password against its hash and locks the account after repeated failures. The
/// counters are operational state, updated in place and logged; they are not registry content
/// and do not enter the audit trail. Every failure (unknown or disabled account, wrong password,
/// locked account) costs one password hash, so that the time of the answer does not tell them
/// apart; the page shows them alike.
/// </summary>
public sealed partial class SignInService(ChanceryDatabase database, TimeProvider time, IOptions<IdentityOptions> options, ILogger<SignInService> logger)
{
    private static readonly string DummyHash = PasswordHasher.Hash(Guid.NewGuid().ToString());

    public async Task<SignInResult> CheckAsync(string? userName, string? password, CancellationToken cancellationToken)
    {
        var name = (userName ?? "").Trim().ToLowerInvariant();
        await using var db = database.CreateContext();
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.UserName == name, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        if (user is null || user.Disabled)
        {
            PasswordHasher.Verify(password ?? "", DummyHash);
            return new SignInResult(null, "invalid");
        }

        if (user.LockedUntil is { } until && until > now)
        {
            PasswordHasher.Verify(password ?? "", user.PasswordHash);
            LogLocked(logger, user.UserName);
            return new SignInResult(null, "locked");
        }

        if (PasswordHasher.Verify(password ?? "", user.PasswordHash))
        {
            if (user.FailedSignIns > 0 || user.LockedUntil is not null)
            {
                await db.Users.Where(u => u.Id == user.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(u => u.FailedSignIns, 0).SetProperty(u => u.LockedUntil, (DateTime?)null), cancellationToken);
            }

            return new SignInResult(user, null);
        }

        await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.FailedSignIns, u => u.FailedSignIns + 1), cancellationToken);
        var failures = await db.Users.Where(u => u.Id == user.Id).Select(u => u.FailedSignIns).SingleAsync(cancellationToken);
        if (failures >= options.Value.MaxFailedSignIns)
        {
            var lockedUntil = now + options.Value.LockoutDuration;
            await db.Users.Where(u => u.Id == user.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.FailedSignIns, 0).SetProperty(u => u.LockedUntil, lockedUntil), cancellationToken);
            LogLockedOut(logger, user.UserName, failures, lockedUntil);
            return new SignInResult(null, "locked");
        }

        LogFailed(logger, user.UserName, failures);
        return new SignInResult(null, "invalid");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in of {UserName} failed ({Failures} in a row)")]
    private static partial void LogFailed(ILogger logger, string userName, int failures);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{UserName} locked out after {Failures} failed sign-ins, until {Until:u}")]
    private static partial void LogLockedOut(ILogger logger, string userName, int failures, DateTime until);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in of locked account {UserName} refused")]
    private static partial void LogLocked(ILogger logger, string userName);
}
