namespace Chancery.Core.Access;

/// <summary>A grant in force.</summary>
public sealed record GrantState(Guid Id, PrincipalKind PrincipalKind, string PrincipalId, Role Role, Guid? UnitId);

public sealed record UserState(Guid Id, string UserName, string DisplayName, bool Disabled);

/// <summary>The users and the grants in force, part of the read model, rebuilt after every change to them.</summary>
public sealed class AccessSnapshot
{
    private readonly Dictionary<(PrincipalKind, string), GrantState[]> grants;
    private readonly Dictionary<Guid, UserState> users;

    private AccessSnapshot(Dictionary<(PrincipalKind, string), GrantState[]> grants, Dictionary<Guid, UserState> users)
    {
        this.grants = grants;
        this.users = users;
    }

    public static AccessSnapshot Empty { get; } = new([], []);

    public static AccessSnapshot Build(IEnumerable<User> users, IEnumerable<RoleGrant> grants) => new(
        grants.Where(g => g.RevokedAt is null)
            .GroupBy(g => (g.PrincipalKind, g.PrincipalId))
            .ToDictionary(g => g.Key, g => g.Select(x => new GrantState(x.Id, x.PrincipalKind, x.PrincipalId, x.Role, x.UnitId)).ToArray()),
        users.ToDictionary(u => u.Id, u => new UserState(u.Id, u.UserName, u.DisplayName, u.Disabled)));

    public IReadOnlyList<GrantState> GrantsOf(PrincipalKind kind, string principalId) =>
        grants.TryGetValue((kind, principalId), out var list) ? list : [];

    public IReadOnlyList<GrantState> GrantsOf(Actor actor) => GrantsOf(actor.Kind, actor.PrincipalId);

    public UserState? User(Guid id) => users.GetValueOrDefault(id);

    public int UserCount => users.Count;

    public bool IsSystemAdministrator(Actor actor) =>
        actor.Kind == PrincipalKind.System || GrantsOf(actor).Any(g => g.Role == Role.SystemAdministrator);
}
