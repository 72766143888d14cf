namespace Chancery.Core.Access;

/// <summary>
/// Who makes a call: a user or a client (from a validated token), or Chancery itself. The grants
/// are not carried here; they are looked up in the read model on every call, so a revoked grant
/// stops working at once.
/// </summary>
public sealed record Actor(PrincipalKind Kind, string PrincipalId, string Name, string? ClientId, IReadOnlySet<string> Scopes)
{
    public static Actor System(string name) => new(PrincipalKind.System, "system", name, null, Access.Scopes.All.ToHashSet());

    public bool HasScope(string scope) => Scopes.Contains(scope);

    public Guid? UserId => Kind == PrincipalKind.User && Guid.TryParse(PrincipalId, out var id) ? id : null;

    public override string ToString() => Kind switch
    {
        PrincipalKind.User => $"user {Name} ({PrincipalId})",
        PrincipalKind.Client => $"client {PrincipalId}",
        _ => $"system ({Name})",
    };
}
