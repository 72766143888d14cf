using Chancery.Benchmarks.Generation;
using Chancery.Benchmarks.Staffing;
using Chancery.Core.Delegations;
using Chancery.Core.Positions;

namespace Chancery.Benchmarks.Delegations;

/// <summary>
/// Checks generated delegations against the rules of <see cref="DelegationRules"/> and of the
/// commands that create them: nobody delegates to themself; the delegator holds the head position
/// of the unit (or, passing a grant by order on, is its grantee in the grantee's unit) and the
/// delegate a deputy position of the same unit (KT.) or the head position of a unit below (TUQ.,
/// TL.); both hold their positions over the whole period; an authorization has an end and a scope;
/// a pass-on lies within its grant; no two deputies hold the same field of a unit on the same date.
/// </summary>
public static class DelegationVerifier
{
    public static void Verify(NationalDelegations delegations)
    {
        var errors = new List<string>();
        foreach (var d in delegations.Generated)
        {
            Check(d, errors);
        }

        foreach (var unit in delegations.Generated.Where(d => d.Kind == DelegationKind.Assignment).GroupBy(d => d.Unit))
        {
            foreach (var field in unit.SelectMany(d => d.Row.Fields.Split(' ').Select(f => (Field: f, D: d))).GroupBy(x => x.Field))
            {
                var held = field.Select(x => x.D).OrderBy(d => d.From).ToList();
                for (var i = 0; i < held.Count; i++)
                {
                    for (var j = i + 1; j < held.Count && (held[i].End is null || held[j].From < held[i].End); j++)
                    {
                        if (held[i].Row.DelegateOfficialId != held[j].Row.DelegateOfficialId)
                        {
                            errors.Add($"Two deputies hold {field.Key} of {unit.Key.Name} from {held[j].From}.");
                        }
                    }
                }
            }
        }

        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"{errors.Count} delegation rules broken, e.g.:\n" + string.Join("\n", errors.Take(10)));
        }
    }

    private static void Check(GenDelegation d, List<string> errors)
    {
        var what = $"{d.Kind} {d.Row.Id} of {d.Unit.Name}";
        var own = new Span(d.From, d.End);
        if (own.To is { } end && end <= own.From)
        {
            errors.Add($"{what} has an empty period.");
        }

        if (d.Row.DelegatorOfficialId == d.Row.DelegateOfficialId)
        {
            errors.Add($"{what} delegates to its delegator.");
        }

        if (!Span.Of(d.Delegator).Covers(own) || !Span.Of(d.Grantee).Covers(own))
        {
            errors.Add($"{what} over {own} outlasts an appointment it rests on.");
        }

        var (from, to) = (d.Delegator.Position, d.Grantee.Position);
        var ok = d.Kind switch
        {
            DelegationKind.Assignment => from.Role == PositionRole.Head && from.Unit == d.Unit && to.Role == PositionRole.Deputy && to.Unit == d.Unit,
            DelegationKind.ByOrder when d.PassedFrom is { } grant => ReferenceEquals(grant.Grantee, d.Delegator) && from.Unit == d.Unit &&
                to.Role == PositionRole.Deputy && to.Unit == d.Unit && new Span(grant.From, grant.End).Covers(own) && grant.PassedFrom is null,
            _ => from.Role == PositionRole.Head && from.Unit == d.Unit && to.Role == PositionRole.Head && Below(to.Unit, d.Unit, d.From),
        };
        if (!ok)
        {
            errors.Add($"{what}: the delegator's or the delegate's position is not what the kind asks for.");
        }

        if (d.Kind == DelegationKind.Authorization && (d.Row.ValidTo is null || string.IsNullOrWhiteSpace(d.Row.Scope)))
        {
            errors.Add($"{what} has no end or no scope.");
        }

        if (d.Row.RunsUnitFrom is { } runs && !own.Covers(new Span(runs, d.Row.RunsUnitTo)))
        {
            errors.Add($"{what} runs the unit outside its period.");
        }
    }

    /// <summary>Whether the unit lies below the other on the date, through the parents it had then.</summary>
    private static bool Below(GenNode unit, GenNode above, DateOnly date)
    {
        var since = unit.Past.Count > 0 ? unit.Past[^1].Until : unit.Established;
        return unit != above && date >= since && unit.Parent is { } parent && (parent == above || Below(parent, above, date));
    }
}
