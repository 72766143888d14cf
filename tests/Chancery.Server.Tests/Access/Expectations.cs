using static Chancery.Server.Tests.Access.Outcome;

namespace Chancery.Server.Tests.Access;

/// <summary>
/// The columns of the matrix for each kind of method: what each caller must get. A row of the
/// probe table names one of these.
/// </summary>
public static class Expectations
{
    private static readonly Outcome MissingScope = Denied("MISSING_SCOPE");
    private static readonly Outcome NoGrant = Denied("NO_GRANT");
    private static readonly Outcome OutsideSubtree = Denied("OUTSIDE_SUBTREE", onSubject: true);
    private static readonly Outcome AdministratorsOnly = Denied("SYSTEM_ADMINISTRATOR_ONLY");
    private static readonly Outcome AuditorsOnly = Denied("ROLE_REQUIRED");
    private static readonly Outcome UnitAdministratorsOnly = Denied("ROLE_REQUIRED");

    /// <summary>The hierarchy's reads: any role reads everything.</summary>
    public static readonly IReadOnlyDictionary<Cell, Outcome> HierarchyRead = Columns(
        viewer: Ok, inside: Ok, outside: Ok, auditor: Ok);

    /// <summary>The hierarchy's changes: system administrators, and unit administrators inside their subtree.</summary>
    public static readonly IReadOnlyDictionary<Cell, Outcome> HierarchyWrite = Columns(
        viewer: OutsideSubtree, inside: Ok, outside: OutsideSubtree, auditor: OutsideSubtree);

    /// <summary>A dry run of a reorganization: it refuses nobody who may reorganize somewhere, and reports the right the caller lacks.</summary>
    public static readonly IReadOnlyDictionary<Cell, Outcome> HierarchyDryRun = Columns(
        viewer: Reported(), inside: Ok, outside: Reported(), auditor: Reported());

    /// <summary>Positions, officials and appointments: any role reads them.</summary>
    public static readonly IReadOnlyDictionary<Cell, Outcome> PositionsRead = Columns(
        viewer: Ok, inside: Ok, outside: Ok, auditor: Ok);

    /// <summary>Positions and appointments: system administrators, and unit administrators inside their subtree.</summary>
    public static readonly IReadOnlyDictionary<Cell, Outcome> PositionsWrite = Columns(
        viewer: OutsideSubtree, inside: Ok, outside: OutsideSubtree, auditor: OutsideSubtree);

    /// <summary>Delegations, fields and who may sign: any role reads them.</summary>
    public static readonly IReadOnlyDictionary<Cell, Outcome> DelegationsRead = Columns(
        viewer: Ok, inside: Ok, outside: Ok, auditor: Ok);

    /// <summary>Delegations: system administrators, and unit administrators whose subtree holds the unit over the period.</summary>
    public static readonly IReadOnlyDictionary<Cell, Outcome> DelegationsWrite = Columns(
        viewer: OutsideSubtree, inside: Ok, outside: OutsideSubtree, auditor: OutsideSubtree);

    /// <summary>Published regulations: read without a token (a token that is presented must be valid), by anyone whose token carries the scope.</summary>
    public static readonly IReadOnlyDictionary<Cell, Outcome> RegulationsPublicRead = Public(Ok);

    /// <summary>The same, for reads that wait for the text engine: past the checks, UNIMPLEMENTED.</summary>
    public static readonly IReadOnlyDictionary<Cell, Outcome> RegulationsPublicReadPending = Public(Unimplemented);

    /// <summary>Regulations: system administrators, and unit administrators whose subtree holds the unit.</summary>
    public static readonly IReadOnlyDictionary<Cell, Outcome> RegulationsWrite = Columns(
        viewer: OutsideSubtree, inside: Ok, outside: OutsideSubtree, auditor: OutsideSubtree);

    /// <summary>The same, for a change that waits for the text engine: past the checks, UNIMPLEMENTED.</summary>
    public static readonly IReadOnlyDictionary<Cell, Outcome> RegulationsWritePending = new Dictionary<Cell, Outcome>(Columns(
        viewer: Unimplemented, inside: Unimplemented, outside: Unimplemented, auditor: Unimplemented)) { [Cell.SystemAdministrator] = Unimplemented };

    /// <summary>A new official, who belongs to no unit yet: system administrators and any unit administrator.</summary>
    public static readonly IReadOnlyDictionary<Cell, Outcome> OfficialsCreate = Columns(
        viewer: UnitAdministratorsOnly, inside: Ok, outside: Ok, auditor: UnitAdministratorsOnly);

    /// <summary>The administration of access: system administrators only.</summary>
    public static readonly IReadOnlyDictionary<Cell, Outcome> AccessAdministration = Columns(
        viewer: AdministratorsOnly, inside: AdministratorsOnly, outside: AdministratorsOnly, auditor: AdministratorsOnly);

    /// <summary>The audit trail: system administrators and auditors.</summary>
    public static readonly IReadOnlyDictionary<Cell, Outcome> AuditRead = Columns(
        viewer: AuditorsOnly, inside: AuditorsOnly, outside: AuditorsOnly, auditor: Ok);

    private static Dictionary<Cell, Outcome> Public(Outcome ok) => new(Columns(viewer: ok, inside: ok, outside: ok, auditor: ok))
    {
        [Cell.NoToken] = ok, [Cell.SystemAdministrator] = ok, [Cell.RevokedGrant] = ok,
    };

    private static Dictionary<Cell, Outcome> Columns(Outcome viewer, Outcome inside, Outcome outside, Outcome auditor) => new()
    {
        [Cell.NoToken] = Unauthenticated,
        [Cell.ExpiredToken] = Unauthenticated,
        [Cell.ForeignKeyToken] = Unauthenticated,
        [Cell.MissingScope] = MissingScope,
        [Cell.Viewer] = viewer,
        [Cell.UnitAdministratorInside] = inside,
        [Cell.UnitAdministratorOutside] = outside,
        [Cell.Auditor] = auditor,
        [Cell.SystemAdministrator] = Ok,
        [Cell.RevokedGrant] = NoGrant,
    };
}
