namespace Chancery.Core.Access;

/// <summary>
/// A person who signs in. Only what access needs: a user name, a display name, a strong password
/// hash and the lockout counters. No contact data.
/// </summary>
public sealed class User
{
    public Guid Id { get; set; }

    /// <summary>Lower-case, unique.</summary>
    public required string UserName { get; set; }

    public required string DisplayName { get; set; }

    /// <summary>PBKDF2 (see <see cref="PasswordHasher"/>); never the password.</summary>
    public required string PasswordHash { get; set; }

    public int FailedSignIns { get; set; }

    /// <summary>UTC; sign-in is refused until then.</summary>
    public DateTime? LockedUntil { get; set; }

    public bool Disabled { get; set; }

    public DateTime CreatedAt { get; set; }

    public long Version { get; set; }
}

/// <summary>A role given to a user or a client; unit administrators get it for a unit's subtree.</summary>
public sealed class RoleGrant
{
    public Guid Id { get; set; }

    public PrincipalKind PrincipalKind { get; set; }

    /// <summary>The user's id, or the client's client_id.</summary>
    public required string PrincipalId { get; set; }

    public Role Role { get; set; }

    /// <summary>For a unit administrator: the top of the subtree.</summary>
    public Guid? UnitId { get; set; }

    public DateTime GrantedAt { get; set; }

    public required string GrantedBy { get; set; }

    public DateTime? RevokedAt { get; set; }

    public string? RevokedBy { get; set; }
}
