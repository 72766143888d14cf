namespace Chancery.Core.Access;

/// <summary>What a grant lets its holder do.</summary>
public enum Role
{
    /// <summary>Everything, everywhere, including the administration of access.</summary>
    SystemAdministrator = 1,

    /// <summary>Reads everything; changes units only inside the subtree of the grant's unit.</summary>
    UnitAdministrator = 2,

    /// <summary>Reads everything, changes nothing.</summary>
    Viewer = 3,

    /// <summary>Reads everything and the audit trail, changes nothing.</summary>
    Auditor = 4,
}

/// <summary>Who holds a grant or makes a call.</summary>
public enum PrincipalKind
{
    /// <summary>A person, signed in with the authorization-code grant.</summary>
    User = 1,

    /// <summary>A machine (another agency's system), with the client-credentials grant.</summary>
    Client = 2,

    /// <summary>Chancery itself: demo data, command-line administration. Never from a token.</summary>
    System = 3,
}

/// <summary>The OAuth scopes: an area and an access.</summary>
public static class Scopes
{
    public const string HierarchyRead = "hierarchy.read";
    public const string HierarchyWrite = "hierarchy.write";
    public const string PositionsRead = "positions.read";
    public const string PositionsWrite = "positions.write";
    public const string DelegationsRead = "delegations.read";
    public const string DelegationsWrite = "delegations.write";
    public const string RegulationsRead = "regulations.read";
    public const string RegulationsWrite = "regulations.write";
    public const string AuditRead = "audit.read";
    public const string AccessRead = "access.read";
    public const string AccessWrite = "access.write";

    public static readonly IReadOnlyList<string> All =
    [
        HierarchyRead, HierarchyWrite, PositionsRead, PositionsWrite, DelegationsRead, DelegationsWrite,
        RegulationsRead, RegulationsWrite, AuditRead, AccessRead, AccessWrite,
    ];

    public static readonly IReadOnlyList<string> Reads = All.Where(s => s.EndsWith(".read", StringComparison.Ordinal)).ToArray();

    public static bool IsKnown(string scope) => All.Contains(scope);
}
