using Chancery.Benchmarks.Generation;
using Chancery.Benchmarks.Staffing;
using Chancery.Core.Delegations;

namespace Chancery.Benchmarks.Delegations;

/// <summary>
/// Delegations from the head of a unit to the head of a unit directly below it, over a stretch
/// of time both hold their positions and the unit below has had its present parent: an
/// authorization (ủy quyền, TUQ.) of one field, with a scope, for three months to a year (some
/// renewed once, some revoked early); or a grant by order (thừa lệnh, TL.) of a few kinds of
/// documents until either appointment ends, passed on by some grantees to one of their deputies
/// (KT. under TL.) within the grant.
/// </summary>
public sealed class SubordinateDraw(SeededRandom random, DelegationFactory factory, DelegationShares shares)
{
    public static readonly string[] DocumentKinds =
        ["Giấy mời", "Thông báo", "Giấy giới thiệu", "Sao y bản chính", "Công văn hướng dẫn nghiệp vụ", "Báo cáo định kỳ", "Kế hoạch kiểm tra chuyên ngành"];

    public IEnumerable<GenDelegation> Draw(GenPosition head, GenPosition below, List<GenPosition> deputiesBelow)
    {
        var draw = random.NextDouble();
        if (draw >= shares.Authorize + shares.ByOrder)
        {
            return [];
        }

        var since = below.Unit.Past.Count > 0 ? below.Unit.Past[^1].Until : below.Unit.Established;
        var pairs = (from h in NationalDelegations.Holders(head)
                     from b in NationalDelegations.Holders(below)
                     where h.OfficialId != b.OfficialId
                     let shared = Span.Of(h).Intersect(Span.Of(b))?.Since(since)
                     where shared is { Days: >= 120 }
                     select (h, b, shared.Value)).ToList();
        if (pairs.Count == 0)
        {
            return [];
        }

        var (ht, bt, span) = pairs[random.Between(0, pairs.Count - 1)];
        return draw < shares.Authorize ? Authorizations(head, below, ht, bt, span) : ByOrder(head, ht, bt, span, deputiesBelow);
    }

    private List<GenDelegation> Authorizations(GenPosition head, GenPosition below, GenTerm h, GenTerm b, Span span)
    {
        var result = new List<GenDelegation>();
        var start = span.From.AddDays(random.Between(0, span.Days - 100));
        for (var k = 0; k < 2 && span.Contains(start.AddDays(90)); k++)
        {
            var end = start.AddDays(random.Between(90, 365));
            end = span.To is { } limit && limit < end ? limit : end;
            var field = random.Choice(FieldsOfWork.All);
            var scope = $"Ký các văn bản về {char.ToLowerInvariant(field.Name[0])}{field.Name[1..]} thuộc thẩm quyền của {head.Title} {head.Unit.Name}, " +
                $"gửi {below.Unit.Name} và các cơ quan, đơn vị liên quan";
            var a = factory.Make(DelegationKind.Authorization, head.Unit, h, b, start, end, fields: [field.Code], scope: scope);
            if (random.NextDouble() < 0.1)
            {
                a.Row.RevokedFrom = start.AddDays((end.DayNumber - start.DayNumber) / 2);
            }

            result.Add(a);
            if (random.NextDouble() >= 0.3)
            {
                break;
            }

            start = a.End!.Value;
        }

        return result;
    }

    private List<GenDelegation> ByOrder(GenPosition head, GenTerm h, GenTerm b, Span span, List<GenPosition> deputiesBelow)
    {
        var start = span.From.AddDays(random.Between(0, Math.Min(60, span.Days - 60)));
        var kinds = random.Sample(DocumentKinds, random.Between(1, 3));
        var grant = factory.Make(DelegationKind.ByOrder, head.Unit, h, b, start, span.To, documentKinds: kinds);
        var result = new List<GenDelegation> { grant };
        if (random.NextDouble() >= shares.PassOn)
        {
            return result;
        }

        var within = new Span(start, span.To);
        var deputies = (from p in deputiesBelow
                        from d in NationalDelegations.Holders(p)
                        let shared = within.Intersect(Span.Of(d))
                        where shared is { Days: >= 60 }
                        select (d, shared.Value)).ToList();
        if (deputies.Count > 0)
        {
            var (d, shared) = deputies[random.Between(0, deputies.Count - 1)];
            var from = shared.From.AddDays(random.Between(0, 30));
            result.Add(factory.Make(DelegationKind.ByOrder, b.Position.Unit, b, d, from, shared.To, grant, documentKinds: [random.Choice(kinds)]));
        }

        return result;
    }
}
