using System.Security.Cryptography;
using System.Text;
using Chancery.Core.Errors;
using Chancery.Core.Registry;
using Chancery.Core.Units;

namespace Chancery.Core.Reorganizations;

/// <summary>
/// The state of one plan being run on a draft: the units it establishes (by ref), which operation
/// last touched each unit, the problems found and the lineage recorded.
/// </summary>
internal sealed partial class PlanRun(WriteContext context, ReorganizationPlan plan)
{
    private readonly Dictionary<string, Guid> refs = new(StringComparer.Ordinal);
    private readonly HashSet<string> failedRefs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> rememberedBy = new(StringComparer.Ordinal);

    public WriteContext Context => context;

    public UnitsDraft Draft => context.Units;

    public DateOnly Effective => plan.EffectiveDate;

    public Dictionary<Guid, int> TouchedBy { get; } = [];

    /// <summary>The units positions were carried away from, by the operation that carried them first (their delegations and signers are its effects).</summary>
    public Dictionary<Guid, int> CarriedFrom { get; } = [];

    public List<PlanProblem> Problems { get; } = [];

    public List<LineageEvent> Lineage { get; } = [];

    public int Index { get; set; }

    public void Touch(UnitState unit) => TouchedBy[unit.Id] = Index;

    /// <summary>An id for a unit the plan establishes: the same for the same plan and ref, so a dry run shows the ids the plan will create.</summary>
    public Guid NewId(NewUnitSpec spec) => spec.Id ?? NewId(spec.Ref ?? "operation-" + Index);

    /// <summary>An id derived from the plan's id and a name within the plan.</summary>
    public Guid NewId(string name)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"chancery.plan/{plan.Id}/{name}"))[..16];
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    public void Remember(string? reference, Guid id, string field)
    {
        if (reference is null)
        {
            return;
        }

        if (Text.TextGuard.Problem(reference) is { } problem)
        {
            throw InputErrors.One(field, problem);
        }

        if (!refs.TryAdd(reference, id))
        {
            throw InputErrors.One(field, $"The ref '{reference}' is used by another unit of the plan.");
        }

        rememberedBy[reference] = Index;
    }

    /// <summary>The refs of an operation that failed (even after naming its unit) name no unit for later operations.</summary>
    public void ForgetFailed(IEnumerable<string?> references)
    {
        foreach (var reference in references.OfType<string>())
        {
            if (!refs.ContainsKey(reference) || rememberedBy[reference] == Index)
            {
                refs.Remove(reference);
                failedRefs.Add(reference);
            }
        }
    }

    /// <summary>The unit a reference names: a ref of the plan, an id, or the code held the day before the effective date.</summary>
    public UnitState Resolve(UnitRef reference, string field)
    {
        if (reference.Ref is { } name)
        {
            if (refs.TryGetValue(name, out var id))
            {
                return Draft.Get(id, field);
            }

            throw failedRefs.Contains(name)
                ? InputErrors.One(field, $"The ref '{name}' names a unit of an operation that failed.")
                : InputErrors.One(field, $"No earlier operation of the plan establishes the ref '{name}'.");
        }

        if (reference.Id is { } unitId)
        {
            return Draft.Get(unitId, field);
        }

        if (UnitCode.Normalize(reference.Code) is { } code)
        {
            var dayBefore = Effective.AddDays(-1);
            foreach (var unit in Draft.UnitsWithCode(code))
            {
                if (unit.At(dayBefore)?.Code == code || unit.At(Effective)?.Code == code)
                {
                    return unit;
                }
            }

            throw new NotFoundException("unit", $"codes/{code}/unit", $"No unit held the code {code} on the eve of {Time.IsoDate.Format(Effective)} ({field}).");
        }

        throw InputErrors.One(field, "Name the unit by id, code or ref.");
    }

    /// <summary>The children of a unit on the effective date, as drafted so far.</summary>
    public List<UnitState> ChildrenAt(Guid parentId, DateOnly date) =>
        Draft.ChildVersions(parentId).Where(c => c.Version.Contains(date)).Select(c => c.Child).DistinctBy(c => c.Id).ToList();

    public LineageEvent Event(LineageKind kind)
    {
        var e = new LineageEvent
        {
            Id = Guid.CreateVersion7(),
            Kind = kind,
            EffectiveDate = Effective,
            PlanId = plan.Id,
            OperationIndex = Index,
            BasisNumber = plan.Basis.Number,
            BasisDate = plan.Basis.Date,
            BasisIssuer = plan.Basis.Issuer,
            BasisTitle = plan.Basis.Title,
        };
        Lineage.Add(e);
        return e;
    }
}
