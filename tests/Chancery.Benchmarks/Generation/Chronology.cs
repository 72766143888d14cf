using Chancery.Core.Units;

namespace Chancery.Benchmarks.Generation;

/// <summary>
/// When each generated unit was established: a plausible date drawn per unit, never before the
/// parent of its first version was. Units made by the 2025 reorganization keep the date they were
/// given (<see cref="Reform2025.Date"/>).
/// </summary>
public static class Chronology
{
    public static readonly DateOnly Independence = new(1945, 9, 2);

    private static readonly DateOnly[] ProvinceFoundings =
        [new(1976, 7, 2), new(1989, 6, 30), new(1991, 10, 1), new(1997, 1, 1), new(2004, 1, 1), new(2008, 8, 1)];

    private static readonly DateOnly[] Later =
        [new(2005, 1, 1), new(2008, 4, 4), new(2010, 7, 1), new(2015, 1, 1), new(2019, 1, 1), new(2021, 9, 1)];

    /// <summary>Sets <see cref="GenNode.Established"/> on every node, today's and former ones.</summary>
    public static void Date(SeededRandom random, IReadOnlyList<GenNode> nodes)
    {
        var wanted = new Dictionary<GenNode, DateOnly>(nodes.Count);
        foreach (var node in nodes)
        {
            wanted[node] = node.Established != default ? node.Established : Draw(random, node);
        }

        var done = new Dictionary<GenNode, DateOnly>(nodes.Count);
        foreach (var node in nodes)
        {
            Resolve(node, wanted, done);
        }
    }

    private static DateOnly Draw(SeededRandom random, GenNode node) => node.Kind switch
    {
        UnitKind.Country => Independence,
        UnitKind.Province or UnitKind.City => random.Choice(ProvinceFoundings),
        _ => random.NextDouble() < 0.5 ? DateOnly.MinValue : random.Choice(Later),
    };

    /// <summary>The later of the unit's own date and its first parent's; parents first.</summary>
    private static DateOnly Resolve(GenNode node, Dictionary<GenNode, DateOnly> wanted, Dictionary<GenNode, DateOnly> done)
    {
        if (done.TryGetValue(node, out var date))
        {
            return date;
        }

        var firstParent = node.Past.Count > 0 ? node.Past[0].Parent : node.Parent;
        var floor = firstParent is null ? DateOnly.MinValue : Resolve(firstParent, wanted, done);
        date = wanted[node] > floor ? wanted[node] : floor;
        done[node] = date;
        node.Established = date;
        return date;
    }
}
