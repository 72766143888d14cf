using Chancery.Core.Access;
using Chancery.Core.Audit;
using Chancery.Core.Errors;
using Chancery.Core.Storage;
using Chancery.Core.Units;

namespace Chancery.Core.Registry;

/// <summary>Who asks for a change, through which operation, and why.</summary>
public sealed record WriteRequest(string Operation, Actor Actor, string? Reason)
{
    /// <summary>The reason is the one text every change carries: the writer checks it, once, for every feature.</summary>
    public void Check()
    {
        var errors = new InputErrors();
        UnitInput.Reason(Reason, errors);
        errors.ThrowIfAny();
    }
}

/// <summary>
/// What a command works on: the read model at the head of the change log, one draft per registry
/// part (created when first asked for; each feature reaches its own through an extension property,
/// e.g. <c>context.Units</c>), "today" for defaults, and — inside the writer — the database
/// context of the change's transaction. A command changes drafts, or writes other entities itself
/// and names them with <see cref="Record"/>; the writer stores all of it with its audit entries.
/// </summary>
public sealed class WriteContext(RegistrySnapshot snapshot, DateOnly today, WriteRequest request, ChanceryDbContext? db = null, IServiceProvider? services = null)
{
    private readonly object?[] drafts = new object?[RegistryParts.All.Count];
    private readonly List<AuditRecord> audit = [];
    private readonly List<(string Kind, string Id)> touched = [];
    private readonly HashSet<(string Kind, string Id)> touchedOnce = [];

    /// <summary>For commands run outside the writer (tests, tools): no database, Chancery as the actor.</summary>
    public WriteContext(RegistrySnapshot snapshot, DateOnly today, string operation)
        : this(snapshot, today, new WriteRequest(operation, Actor.System(operation), null))
    {
    }

    public RegistrySnapshot Snapshot => snapshot;

    public DateOnly Today => today;

    public string Operation => request.Operation;

    public Actor Actor => request.Actor;

    public WriteRequest Request => request;

    /// <summary>The context of the change's transaction.</summary>
    public ChanceryDbContext Db => db ?? throw new InvalidOperationException("This command needs the writer's database context.");

    /// <summary>Services of the change's scope (they share <see cref="Db"/> and its transaction).</summary>
    public IServiceProvider Services => services ?? throw new InvalidOperationException("This command needs the writer's services.");

    internal IReadOnlyList<AuditRecord> AuditRecords => audit;

    internal IReadOnlyList<(string Kind, string Id)> Touched => touched;

    /// <summary>The draft of a part, laid over the snapshot's slice.</summary>
    public T Draft<T>()
        where T : class
    {
        var index = DraftSlot<T>.Index;
        return (T)(drafts[index] ??= RegistryParts.All[index].CreateDraft(snapshot.SliceAt(index)));
    }

    /// <summary>Whether a command asked for the part's draft (a part without one changed nothing).</summary>
    public bool HasDraft(IRegistryPart part) => drafts[Index(part)] is not null;

    /// <summary>Whether a command asked for the draft of this type.</summary>
    public bool HasDraft<T>()
        where T : class => drafts[DraftSlot<T>.Index] is not null;

    /// <summary>Tells every part what the change did, in the order of the parts; each reacts in its own draft.</summary>
    public void Raise(RegistryEffect effect)
    {
        foreach (var part in RegistryParts.All)
        {
            part.React(this, effect);
        }
    }

    /// <summary>Records a change to an entity that no part's draft holds: its audit entry and its change-log mention.</summary>
    public void Record(string kind, string id, string? before, string? after)
    {
        if (touchedOnce.Add((kind, id)))
        {
            touched.Add((kind, id));
        }

        audit.Add(new AuditRecord(kind, id, before, after));
    }

    /// <summary>Checks every rule of every part over everything drafted; throws them all together.</summary>
    public void CheckRules()
    {
        var violations = new RuleViolations();
        CheckRules(violations);
        violations.ThrowIfAny();
    }

    public void CheckRules(RuleViolations violations)
    {
        foreach (var part in RegistryParts.All)
        {
            part.CheckRules(this, violations);
        }
    }

    private static int Index(IRegistryPart part)
    {
        for (var i = 0; i < RegistryParts.All.Count; i++)
        {
            if (ReferenceEquals(RegistryParts.All[i], part))
            {
                return i;
            }
        }

        throw new InvalidOperationException($"{part.GetType().Name} is not registered in {nameof(RegistryParts)}.");
    }
}
