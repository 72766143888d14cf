using Chancery.Benchmarks.Generation;
using Chancery.Benchmarks.Staffing;
using Chancery.Core.Delegations;

namespace Chancery.Benchmarks.Delegations;

/// <summary>
/// Assignments (phân công, KT.) in one unit: the catalogue's fields shuffled and split into one
/// block per deputy position, so that two deputies never share a field; for each head's term and
/// each deputy's term that overlap for a month or more, an assignment of a few fields of the
/// deputy's block from a few days into the overlap to its end (the end of either appointment);
/// a long one is sometimes replaced part-way by another with other fields of the block, the first
/// revoked from that date or ended on it.
/// </summary>
public sealed class AssignmentDraw(SeededRandom random, DelegationFactory factory, DelegationShares shares)
{
    private static readonly string[] Codes = [.. FieldsOfWork.All.Select(f => f.Code)];

    public IEnumerable<GenDelegation> Draw(GenPosition head, List<GenPosition> deputies)
    {
        if (deputies.Count == 0)
        {
            yield break;
        }

        var shuffled = random.Sample(Codes, Codes.Length);
        var size = Codes.Length / deputies.Count;
        for (var i = 0; i < deputies.Count; i++)
        {
            var block = shuffled.GetRange(i * size, size);
            foreach (var h in NationalDelegations.Holders(head))
            {
                foreach (var d in NationalDelegations.Holders(deputies[i]))
                {
                    if (Span.Of(h).Intersect(Span.Of(d)) is not { Days: >= 30 } shared || random.NextDouble() >= shares.Assign)
                    {
                        continue;
                    }

                    var start = shared.From.AddDays(random.Between(0, Math.Min(20, shared.Days - 15)));
                    foreach (var a in Assignments(head, h, d, block, new Span(start, shared.To), runs: i == 0 && head.Shape.CollectiveBody))
                    {
                        yield return a;
                    }
                }
            }
        }
    }

    private IEnumerable<GenDelegation> Assignments(GenPosition head, GenTerm h, GenTerm d, List<string> block, Span period, bool runs)
    {
        if (period.Days > 730 && random.NextDouble() < shares.Reassign)
        {
            var mid = period.From.AddDays(random.Between(180, period.Days - 180));
            var first = Assignment(head, h, d, block, new Span(period.From, random.NextDouble() < 0.5 ? mid : period.To), runs: false);
            if (first.Row.ValidTo != mid)
            {
                first.Row.RevokedFrom = mid;
            }

            yield return first;
            period = new Span(mid, period.To);
        }

        yield return Assignment(head, h, d, block, period, runs && random.NextDouble() < shares.RunsUnit);
    }

    private GenDelegation Assignment(GenPosition head, GenTerm h, GenTerm d, List<string> block, Span period, bool runs)
    {
        var fields = random.Sample(block, random.Between(1, Math.Min(4, block.Count)));
        var a = factory.Make(DelegationKind.Assignment, head.Unit, h, d, period.From, period.To, fields: fields);
        if (runs && period.Days >= 30)
        {
            var from = period.From.AddDays(random.Between(0, Math.Min(period.Days - 15, 1000)));
            (a.Row.RunsUnitFrom, a.Row.RunsUnitTo) = (from, from.AddDays(14));
        }

        return a;
    }
}
