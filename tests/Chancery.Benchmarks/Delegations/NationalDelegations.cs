using Chancery.Benchmarks.Generation;
using Chancery.Benchmarks.Staffing;
using Chancery.Core.Delegations;
using Chancery.Core.Positions;

namespace Chancery.Benchmarks.Delegations;

/// <summary>How often each kind of delegation is drawn.</summary>
public sealed record DelegationShares
{
    /// <summary>Chance that a head's term and a deputy's term that overlap for a month or more give an assignment (KT.).</summary>
    public double Assign { get; init; } = 0.62;

    /// <summary>Chance that a long assignment is replaced part-way by another with other fields (the first revoked or ended).</summary>
    public double Reassign { get; init; } = 0.3;

    /// <summary>Chance that the first deputy of a collective body also runs it in the head's absence for a fortnight.</summary>
    public double RunsUnit { get; init; } = 0.15;

    /// <summary>Chance, per subordinate unit with a head, of an authorization (TUQ.) from the head above; then of a grant by order (TL.).</summary>
    public double Authorize { get; init; } = 0.12;

    public double ByOrder { get; init; } = 0.25;

    /// <summary>Chance that the grantee of a grant by order passes it on to a deputy (KT. under TL.).</summary>
    public double PassOn { get; init; } = 0.4;
}

/// <summary>
/// Delegations over the generated staffing, the same for the same staffing and seed: in every unit
/// with a head and deputies, assignments of fields (KT.) from each head's term to each deputy's
/// term they share, the fields of a unit split among its deputy positions so that no two deputies
/// hold a field on the same date, some replaced part-way (revoked or ended) and some deputies of a
/// People's Committee running it for a fortnight (<see cref="AssignmentDraw"/>); authorizations
/// (TUQ., with an end) and grants by order (TL., some passed on to a deputy) from a head to the head
/// of a unit below (<see cref="SubordinateDraw"/>). Every delegation lies within both appointments
/// it rests on, so that it is in effect over its whole period (<see cref="DelegationVerifier"/>).
/// </summary>
public sealed class NationalDelegations
{
    private NationalDelegations(List<GenDelegation> generated)
    {
        Generated = generated;
        Rows = generated.Select(d => d.Row).ToList();
    }

    public IReadOnlyList<GenDelegation> Generated { get; }

    public List<Delegation> Rows { get; }

    public static NationalDelegations Generate(NationalStaffing staffing, int seed, DelegationShares? shares = null)
    {
        shares ??= new DelegationShares();
        var factory = new DelegationFactory(staffing, new SeededRandom(unchecked(seed * 31 + 41)));
        var random = new SeededRandom(unchecked(seed * 31 + 37));
        var units = staffing.Generated.GroupBy(p => p.Unit).ToList();
        var heads = units.Select(u => (Unit: u.Key, Head: u.FirstOrDefault(p => p.Role == PositionRole.Head)))
            .Where(x => x.Head is not null).ToDictionary(x => x.Unit, x => x.Head!);
        var deputies = units.ToDictionary(u => u.Key, u => u.Where(p => p.Role == PositionRole.Deputy).ToList());
        var generated = new List<GenDelegation>();
        var assignments = new AssignmentDraw(random, factory, shares);
        foreach (var unit in units)
        {
            if (heads.TryGetValue(unit.Key, out var head))
            {
                generated.AddRange(assignments.Draw(head, deputies[unit.Key]));
            }
        }

        var subordinates = new SubordinateDraw(random, factory, shares);
        foreach (var unit in units)
        {
            if (!heads.TryGetValue(unit.Key, out var head))
            {
                continue;
            }

            foreach (var child in unit.Key.Children)
            {
                if (heads.TryGetValue(child, out var below))
                {
                    generated.AddRange(subordinates.Draw(head, below, deputies[child]));
                }
            }
        }

        return new NationalDelegations(generated);
    }

    /// <summary>The terms whose official holds the position (permanent or acting; a concurrent one does not head a unit).</summary>
    public static IEnumerable<GenTerm> Holders(GenPosition position) =>
        position.Terms.Where(t => t.Kind is AppointmentKind.Permanent or AppointmentKind.Acting);
}
