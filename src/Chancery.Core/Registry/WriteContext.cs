using Chancery.Core.Access;
using Chancery.Core.Audit;
using Chancery.Core.Errors;
using Chancery.Core.Units;
using Chancery.Core.Positions;
using Chancery.Core.Reorganizations;
using Chancery.Core.Storage;

namespace Chancery.Core.Registry;

/// <summary>Who asks for a change, through which operation, and why.</summary>
public sealed record WriteRequest(string Operation, Actor Actor, string? Reason);

/// <summary>
/// What a command works on: the read model at the head of the change log, a draft of the
/// hierarchy to change, "today" for defaults, and — inside the writer — the database context of
/// the change's transaction. A command changes the draft (units) or the context (other entities,
/// naming them with <see cref="Record"/>); the writer stores all of it with its audit entries.
/// </summary>
public sealed class WriteContext(RegistrySnapshot snapshot, DateOnly today, WriteRequest request, ChanceryDbContext? db = null, IServiceProvider? services = null)
{
    private readonly List<AuditRecord> audit = [];
    private readonly HashSet<(string Kind, string Id)> touched = [];
    private readonly List<LineageEvent> lineage = [];

    /// <summary>For commands run outside the writer (tests, tools): no database, Chancery as the actor.</summary>
    public WriteContext(RegistrySnapshot snapshot, DateOnly today, string operation)
        : this(snapshot, today, new WriteRequest(operation, Actor.System(operation), null))
    {
    }

    public RegistrySnapshot Snapshot => snapshot;

    public UnitsDraft Hierarchy { get; } = new(snapshot.Hierarchy);

    public PositionsDraft Positions { get; } = new(snapshot.Positions);

    public DateOnly Today => today;

    public string Operation => request.Operation;

    public Actor Actor => request.Actor;

    public WriteRequest Request => request;

    /// <summary>The context of the change's transaction.</summary>
    public ChanceryDbContext Db => db ?? throw new InvalidOperationException("This command needs the writer's database context.");

    /// <summary>Services of the change's scope (they share <see cref="Db"/> and its transaction).</summary>
    public IServiceProvider Services => services ?? throw new InvalidOperationException("This command needs the writer's services.");

    internal IReadOnlyList<AuditRecord> AuditRecords => audit;

    internal IReadOnlyCollection<(string Kind, string Id)> Touched => touched;

    internal bool AccessChanged => touched.Any(t => ChangedEntities.IsAccess(t.Kind));

    internal IReadOnlyList<LineageEvent> NewLineage => lineage;

    /// <summary>Lineage events stored with the change (by the writer, in bulk) and added to the read model after the commit.</summary>
    public void AddLineage(IEnumerable<LineageEvent> events) => lineage.AddRange(events);

    /// <summary>Records a change to an entity that is not a unit: its audit entry and its change-log mention.</summary>
    public void Record(string kind, string id, string? before, string? after)
    {
        touched.Add((kind, id));
        audit.Add(new AuditRecord(kind, id, before, after));
    }

    /// <summary>Checks every rule of the registry over everything drafted; throws them all together.</summary>
    public void CheckRules()
    {
        var violations = new RuleViolations();
        CheckRules(violations);
        violations.ThrowIfAny();
    }

    public void CheckRules(RuleViolations violations)
    {
        var units = Hierarchy.Changed.Select(u => u.Id).ToList();
        UnitRules.Check(Hierarchy, units, violations);
        PositionRules.Check(Hierarchy, Positions, units, violations);
    }

    public IReadOnlyList<PositionState> ChangedPositions() =>
        Positions.ChangedPositions.Where(p => Positions.OriginalPosition(p.Id) != p).ToList();

    public IReadOnlyList<AppointmentState> ChangedAppointments() =>
        Positions.ChangedAppointments.Where(a => Positions.OriginalAppointment(a.Id) != a).ToList();

    public IReadOnlyList<OfficialState> ChangedOfficials() =>
        Positions.ChangedOfficials.Where(o => Positions.OriginalOfficial(o.Id) is not { } x || x.FullName != o.FullName || x.RankCode != o.RankCode).ToList();

    /// <summary>The units whose drafted state differs from the stored one.</summary>
    public IReadOnlyList<UnitState> ChangedUnits() =>
        Hierarchy.Changed
            .Where(u => Hierarchy.Original(u.Id) is not { } original || !original.SameVersionsAs(u))
            .ToList();
}
