using Chancery.Benchmarks.Generation;
using Chancery.Core.Positions;

namespace Chancery.Benchmarks.Staffing;

/// <summary>An official's civil-service rank (a code of <see cref="Ranks"/>), drawn by the seniority of the unit of their first appointment.</summary>
public static class RankDraw
{
    private static readonly (string Code, double Weight)[] Senior = [("01.001", 0.45), ("01.002", 0.5), ("04.023", 0.05)];

    private static readonly (string Code, double Weight)[] Middle =
        [("01.002", 0.35), ("01.003", 0.5), ("04.024", 0.05), ("06.030", 0.05), ("02.006", 0.05)];

    private static readonly (string Code, double Weight)[] Junior =
        [("01.003", 0.5), ("01.004", 0.2), ("04.025", 0.05), ("06.031", 0.05), ("02.007", 0.05), ("21.188", 0.1), ("03.300", 0.05)];

    public static string? Draw(SeededRandom random, RankTier tier)
    {
        var table = tier switch
        {
            RankTier.Senior => Senior,
            RankTier.Middle => Middle,
            RankTier.Junior => Junior,
            _ => null,
        };
        if (table is null)
        {
            return null;
        }

        var draw = random.NextDouble();
        foreach (var (code, weight) in table)
        {
            draw -= weight;
            if (draw < 0)
            {
                return code;
            }
        }

        return table[0].Code;
    }
}
