namespace Chancery.Server.Tests.Access;

/// <summary>The callers of the access matrix: one column each.</summary>
public enum Cell
{
    /// <summary>No authorization header.</summary>
    NoToken,

    /// <summary>A system administrator's machine token, used after its 30 minutes have passed.</summary>
    ExpiredToken,

    /// <summary>A system administrator's token, re-signed by a key the server does not know.</summary>
    ForeignKeyToken,

    /// <summary>A system administrator's machine token with every scope but the method's.</summary>
    MissingScope,

    /// <summary>A person with the viewer role, signed in through the sign-in page.</summary>
    Viewer,

    /// <summary>A signed-in person administering a subtree, touching units inside it.</summary>
    UnitAdministratorInside,

    /// <summary>The same person touching units outside the subtree.</summary>
    UnitAdministratorOutside,

    /// <summary>A machine client with the auditor role.</summary>
    Auditor,

    /// <summary>A machine client with the system administrator role.</summary>
    SystemAdministrator,

    /// <summary>A signed-in person whose system administrator grant was revoked just before the call.</summary>
    RevokedGrant,
}

/// <summary>Where the objects of a call are, seen from the unit administrator's subtree.</summary>
public enum Place
{
    Inside,
    Outside,
}

/// <summary>What a cell of the matrix must answer.</summary>
/// <param name="Reason">For a denial: the google.rpc.ErrorInfo reason.</param>
/// <param name="OnSubject">For a denial: the permission names the object (<c>scope on units/…</c>), not just the scope.</param>
public sealed record Outcome(string Kind, string? Reason = null, bool OnSubject = false)
{
    public static readonly Outcome Ok = new("OK");

    public static readonly Outcome Unauthenticated = new("UNAUTHENTICATED");

    /// <summary>The call passed every access check and reached a method that is not there yet (UNIMPLEMENTED).</summary>
    public static readonly Outcome Unimplemented = new("UNIMPLEMENTED");

    public static Outcome Denied(string reason, bool onSubject = false) => new("PERMISSION_DENIED", reason, onSubject);

    /// <summary>
    /// The call succeeds but its answer reports the missing right as its only problem
    /// (permission-denied, naming the permission on the object): a dry run refuses nothing.
    /// </summary>
    public static Outcome Reported(bool onSubject = true) => new("REPORTED", null, onSubject);

    public override string ToString() => Reason is null ? Kind : $"{Kind} {Reason}{(OnSubject ? " on subject" : "")}";
}
