using Chancery.Core.Kernel;
namespace Chancery.Core.Reorganizations;

/// <summary>One link of lineage with the event it belongs to.</summary>
public sealed record LineageStep(Guid EventId, LineageKind Kind, DateOnly Date, string PlanId, int OperationIndex, LegalBasis Basis, Guid? PredecessorId, Guid? SuccessorId);

/// <summary>Every lineage link, indexed by predecessor and by successor; part of the read model.</summary>
public sealed class LineageSnapshot
{
    private readonly Dictionary<Guid, LineageStep[]> fromUnit;
    private readonly Dictionary<Guid, LineageStep[]> toUnit;

    private LineageSnapshot(Dictionary<Guid, LineageStep[]> fromUnit, Dictionary<Guid, LineageStep[]> toUnit)
    {
        this.fromUnit = fromUnit;
        this.toUnit = toUnit;
    }

    public static LineageSnapshot Empty { get; } = new([], []);

    public static LineageSnapshot Build(IEnumerable<LineageEvent> events) => Empty.With(events);

    /// <summary>A new snapshot with these events added.</summary>
    public LineageSnapshot With(IEnumerable<LineageEvent> events)
    {
        var steps = events.SelectMany(Steps).ToList();
        if (steps.Count == 0)
        {
            return this;
        }

        return new LineageSnapshot(Index(fromUnit, steps, s => s.PredecessorId), Index(toUnit, steps, s => s.SuccessorId));
    }

    /// <summary>The steps in which the unit is the predecessor (what it became), oldest first.</summary>
    public IReadOnlyList<LineageStep> From(Guid unitId) => fromUnit.TryGetValue(unitId, out var steps) ? steps : [];

    /// <summary>The steps in which the unit is the successor (what it came from), oldest first.</summary>
    public IReadOnlyList<LineageStep> To(Guid unitId) => toUnit.TryGetValue(unitId, out var steps) ? steps : [];

    private static IEnumerable<LineageStep> Steps(LineageEvent e)
    {
        var basis = new LegalBasis(e.BasisNumber, e.BasisDate, e.BasisIssuer, e.BasisTitle);
        return e.Links.Select(l => new LineageStep(e.Id, e.Kind, e.EffectiveDate, e.PlanId, e.OperationIndex, basis, l.PredecessorId, l.SuccessorId));
    }

    private static Dictionary<Guid, LineageStep[]> Index(Dictionary<Guid, LineageStep[]> existing, List<LineageStep> steps, Func<LineageStep, Guid?> key)
    {
        var index = new Dictionary<Guid, LineageStep[]>(existing);
        foreach (var group in steps.Where(s => key(s) is not null).GroupBy(s => key(s)!.Value))
        {
            index[group.Key] = (index.TryGetValue(group.Key, out var old) ? old.Concat(group) : group)
                .OrderBy(s => s.Date).ThenBy(s => s.PlanId, StringComparer.Ordinal).ThenBy(s => s.OperationIndex).ToArray();
        }

        return index;
    }
}
