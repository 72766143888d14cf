using Chancery.Benchmarks.Generation;
using Chancery.Core.Positions;
using Chancery.Core.Text;

namespace Chancery.Benchmarks.Staffing;

/// <summary>
/// Gives every term its official, in the order the terms start: most officials whose appointment
/// ended stay in service and are appointed again within their province (a deputy becomes a head,
/// a head moves to another unit; the officials of the units closed in 2025 go to the new ones);
/// the others are new officials, named and ranked then. A concurrent (kiêm nhiệm) term is held by
/// the official of the term it goes with.
/// </summary>
public sealed class OfficialAssigner(SeededRandom random, SeededRandom ids, SeededRandom names)
{
    /// <summary>Chance that an official whose appointment ended is available again.</summary>
    public double StaysInService { get; init; } = 0.8;

    /// <summary>Chance that a new term goes to an available official of the province rather than a new one.</summary>
    public double Reuse { get; init; } = 0.3;

    public List<Official> Officials { get; } = [];

    public void Assign(IEnumerable<GenPosition> positions)
    {
        var terms = positions.SelectMany(p => p.Terms).ToList();
        var available = new Dictionary<GenNode, PriorityQueue<Guid, DateOnly>>();
        foreach (var term in terms.Where(t => t.ConcurrentOf is null).OrderBy(t => t.From))
        {
            var province = term.Position.Province;
            if (!available.TryGetValue(province, out var pool))
            {
                available[province] = pool = new PriorityQueue<Guid, DateOnly>();
            }

            if (pool.TryPeek(out var id, out var free) && free <= term.From && random.NextDouble() < Reuse)
            {
                pool.Dequeue();
                term.OfficialId = id;
            }
            else
            {
                term.OfficialId = New(term.Position.Shape.Tier);
            }

            if (term.To is { } end && random.NextDouble() < StaysInService)
            {
                pool.Enqueue(term.OfficialId, end);
            }
        }

        foreach (var term in terms.Where(t => t.ConcurrentOf is not null))
        {
            term.OfficialId = term.ConcurrentOf!.OfficialId;
        }
    }

    private Guid New(RankTier tier)
    {
        var name = VietnameseNames.Next(names);
        var official = new Official
        {
            Id = ids.NextGuid(),
            Version = 1,
            FullName = name,
            SearchKey = VietnameseText.Fold(name),
            RankCode = RankDraw.Draw(names, tier),
        };
        Officials.Add(official);
        return official.Id;
    }
}
