using Chancery.Core.Audit;
using Chancery.Core.Errors;
using Chancery.Core.Registry;
using Microsoft.EntityFrameworkCore;

namespace Chancery.Core.Access;

public sealed record CreateUserCommand(string? UserName, string? DisplayName, string? Password);

public sealed record SetUserPasswordCommand(Guid UserId, string? Password);

public sealed record SetUserDisabledCommand(Guid UserId, bool Disabled);

/// <summary>A user as the administration sees it, with the password when one was just set (shown once).</summary>
public sealed record UserResult(User User, string? Password);

/// <summary>Users: created and changed by system administrators only, each change audited (never the password).</summary>
public sealed class UserCommands(RegistryWriter writer, Time.RegistryClock clock)
{
    public Task<UserResult> CreateAsync(CreateUserCommand command, WriteRequest request, CancellationToken cancellationToken) =>
        writer.WriteAsync(request, async (context, ct) =>
        {
            var errors = new InputErrors();
            var userName = AccessInput.UserName(command.UserName, errors);
            var displayName = AccessInput.DisplayName(command.DisplayName, errors);
            var password = AccessInput.Password(command.Password, errors) ?? PasswordHasher.Generate();
            errors.ThrowIfAny();
            ChangeRights.RequireSystemAdministrator(context, Scopes.AccessWrite);
            if (await context.Db.Users.AnyAsync(u => u.UserName == userName, ct))
            {
                throw new AlreadyExistsException("user", $"users/{userName}", $"A user named {userName} exists already.");
            }

            var user = new User
            {
                Id = Guid.CreateVersion7(),
                UserName = userName,
                DisplayName = displayName,
                PasswordHash = PasswordHasher.Hash(password),
                CreatedAt = clock.UtcNow,
                Version = 1,
            };
            context.Db.Users.Add(user);
            context.Record(ChangedEntities.User, user.Id.ToString(), null, Json(user));
            return new UserResult(user, password);
        }, cancellationToken);

    public Task<UserResult> SetPasswordAsync(SetUserPasswordCommand command, WriteRequest request, CancellationToken cancellationToken) =>
        writer.WriteAsync(request, async (context, ct) =>
        {
            var errors = new InputErrors();
            var password = AccessInput.Password(command.Password, errors) ?? PasswordHasher.Generate();
            errors.ThrowIfAny();
            ChangeRights.RequireSystemAdministrator(context, Scopes.AccessWrite);
            var user = await RequireAsync(context, command.UserId, ct);
            var before = Json(user);
            user.PasswordHash = PasswordHasher.Hash(password);
            user.FailedSignIns = 0;
            user.LockedUntil = null;
            user.Version++;
            context.Record(ChangedEntities.User, user.Id.ToString(), before, Json(user, passwordChanged: true));
            return new UserResult(user, password);
        }, cancellationToken);

    public Task<UserResult> SetDisabledAsync(SetUserDisabledCommand command, WriteRequest request, CancellationToken cancellationToken) =>
        writer.WriteAsync(request, async (context, ct) =>
        {
            ChangeRights.RequireSystemAdministrator(context, Scopes.AccessWrite);
            var user = await RequireAsync(context, command.UserId, ct);
            if (user.Disabled != command.Disabled)
            {
                var before = Json(user);
                user.Disabled = command.Disabled;
                user.Version++;
                context.Record(ChangedEntities.User, user.Id.ToString(), before, Json(user));
            }

            return new UserResult(user, null);
        }, cancellationToken);

    private static async Task<User> RequireAsync(WriteContext context, Guid id, CancellationToken ct) =>
        await context.Db.Users.SingleOrDefaultAsync(u => u.Id == id, ct)
        ?? throw new NotFoundException("user", $"users/{id}", $"No user has the id {id}.");

    /// <summary>What the audit trail keeps of a user: never the hash.</summary>
    internal static string Json(User user, bool passwordChanged = false) => AuditJson.Serialize(new
    {
        id = user.Id,
        user_name = user.UserName,
        display_name = user.DisplayName,
        disabled = user.Disabled,
        version = user.Version,
        password_changed = passwordChanged ? true : (bool?)null,
    });
}
