using Chancery.Core.Registry;
using Chancery.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chancery.Core.Access;

/// <summary>
/// Users and their role grants as a part of the registry. Access commands write their rows
/// themselves (and name them with <see cref="WriteContext.Record"/>); the slice is reloaded
/// whenever a change names a user, a grant or a client.
/// </summary>
public sealed class AccessPart : RegistryPart<AccessSnapshot, AccessPart.NoDraft>
{
    public override AccessSnapshot Empty => AccessSnapshot.Empty;

    public override void AddServices(IServiceCollection services)
    {
        services.AddSingleton<UserCommands>();
        services.AddSingleton<GrantCommands>();
        services.AddSingleton<ClientCommands>();
    }

    public override async Task<AccessSnapshot> LoadAsync(ChanceryDbContext db, CancellationToken cancellationToken) =>
        AccessSnapshot.Build(
            await db.Users.AsNoTracking().ToListAsync(cancellationToken),
            await db.RoleGrants.AsNoTracking().Where(g => g.RevokedAt == null).ToListAsync(cancellationToken));

    public override async Task<AccessSnapshot> CatchUpAsync(ChanceryDbContext db, AccessSnapshot slice, ChangeSet changed, CancellationToken cancellationToken) =>
        changed.Any(ChangedEntities.User, ChangedEntities.Grant, ChangedEntities.Client) ? await LoadAsync(db, cancellationToken) : slice;

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
