using Chancery.Core.Registry;
using Chancery.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chancery.Core.Access;

/// <summary>
/// Users and their role grants as a part of the registry. Access commands write their rows
/// themselves (and name them with <see cref="WriteContext.Record"/>); the slice is reloaded
/// whenever a change names a user, a grant, a client or a sign-in session (authorization).
/// </summary>
public sealed class AccessPart : RegistryPart<AccessSnapshot, AccessPart.NoDraft>
{
    public override AccessSnapshot Empty => AccessSnapshot.Empty;

    public override void AddServices(IServiceCollection services)
    {
        services.AddSingleton<UserCommands>();
        services.AddSingleton<GrantCommands>();
        services.AddSingleton<ClientCommands>();
        services.AddSingleton<SessionCommands>();
    }

    public override async Task<AccessSnapshot> LoadAsync(ChanceryDbContext db, CancellationToken cancellationToken) =>
        AccessSnapshot.Build(
            await db.Users.AsNoTracking().ToListAsync(cancellationToken),
            await db.RoleGrants.AsNoTracking().Where(g => g.RevokedAt == null).ToListAsync(cancellationToken),
            await EndedSessions.LoadAsync(db, cancellationToken));

    public override async Task<AccessSnapshot> CatchUpAsync(ChanceryDbContext db, AccessSnapshot slice, ChangeSet changed, CancellationToken cancellationToken) =>
        ChangesAccess(changed) ? await LoadAsync(db, cancellationToken) : slice;

    /// <summary>Reloaded after this process's own commit only when it named a user, a grant or a client (no database context for the others).</summary>
    public override async Task<AccessSnapshot> PublishAsync(ChanceryDatabase database, AccessSnapshot slice, PartChange? change, ChangeSet committed, CancellationToken cancellationToken)
    {
        if (!ChangesAccess(committed))
        {
            return slice;
        }

        await using var db = database.CreateContext();
        return await LoadAsync(db, cancellationToken);
    }

    private static bool ChangesAccess(ChangeSet changed) => changed.Any(ChangedEntities.User, ChangedEntities.Grant, ChangedEntities.Client, ChangedEntities.Authorization);

    public override NoDraft CreateDraft(AccessSnapshot slice) => new();

    /// <summary>Access keeps no draft: its commands store their rows on the change's transaction.</summary>
    public sealed class NoDraft;
}

/// <summary>The access slice of a snapshot, by name.</summary>
public static class AccessRegistry
{
    extension(RegistrySnapshot snapshot)
    {
        public AccessSnapshot Access => snapshot.Slice<AccessSnapshot>();
    }
}
