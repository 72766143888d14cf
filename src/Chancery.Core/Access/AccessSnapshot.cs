namespace Chancery.Core.Access;

/// <summary>A grant in force.</summary>
public sealed record GrantState(Guid Id, PrincipalKind PrincipalKind, string PrincipalId, Role Role, Guid? UnitId);

public sealed record UserState(Guid Id, string UserName, string DisplayName, bool Disabled);

/// <summary>The users and the grants in force, part of the read model, rebuilt after every change to them.</summary>
public sealed class AccessSnapshot
{
    private readonly Dictionary<(PrincipalKind, string), GrantState[]> grants;
    private readonly Dictionary<Guid, UserState> users;
    private readonly HashSet<string> endedSessions;

    private AccessSnapshot(Dictionary<(PrincipalKind, string), GrantState[]> grants, Dictionary<Guid, UserState> users, HashSet<string> endedSessions)
    {
        this.grants = grants;
        this.users = users;
        this.endedSessions = endedSessions;
    }

    public static AccessSnapshot Empty { get; } = new([], [], []);

    /// <param name="endedSessions">The authorizations ended by a sign-out whose access tokens may still be within their lifetime.</param>
    public static AccessSnapshot Build(IEnumerable<User> users, IEnumerable<RoleGrant> grants, IEnumerable<string>? endedSessions = null) => new(
        grants.Where(g => g.RevokedAt is null)
            .GroupBy(g => (g.PrincipalKind, g.PrincipalId))
            .ToDictionary(g => g.Key, g => g.Select(x => new GrantState(x.Id, x.PrincipalKind, x.PrincipalId, x.Role, x.UnitId)).ToArray()),
        users.ToDictionary(u => u.Id, u => new UserState(u.Id, u.UserName, u.DisplayName, u.Disabled)),
        (endedSessions ?? []).ToHashSet(StringComparer.Ordinal));

    /// <summary>Whether the sign-in session (OpenIddict authorization) a token was issued under was ended by a sign-out.</summary>
    public bool IsSessionEnded(string? authorizationId) => authorizationId is not null && endedSessions.Contains(authorizationId);

    /// <summary>How many ended sessions are kept (those whose access tokens may not all have expired).</summary>
    public int EndedSessionCount => endedSessions.Count;

    public IReadOnlyList<GrantState> GrantsOf(PrincipalKind kind, string principalId) =>
        grants.TryGetValue((kind, principalId), out var list) ? list : [];

    public IReadOnlyList<GrantState> GrantsOf(Actor actor) => GrantsOf(actor.Kind, actor.PrincipalId);

    public UserState? User(Guid id) => users.GetValueOrDefault(id);

    public int UserCount => users.Count;

    public bool IsSystemAdministrator(Actor actor) =>
        actor.Kind == PrincipalKind.System || GrantsOf(actor).Any(g => g.Role == Role.SystemAdministrator);
}
