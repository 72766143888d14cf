using Chancery.Benchmarks.Generation;
using Chancery.Core.Positions;

namespace Chancery.Benchmarks.Staffing;

/// <summary>
/// The appointments of one position over its period: the latest (open, or ending with the
/// position, or ended when the position is vacant today), then earlier ones that ended, back
/// towards the position's start, with the odd vacancy between two holders and acting (Q.) terms.
/// About 40 % of the open positions got their current holder after the 2025 reorganization, so
/// that a past as_of differs from today.
/// </summary>
public static class TermDraw
{
    /// <summary>The registry's history of positions begins here; older units' positions start on it.</summary>
    public static readonly DateOnly Floor = new(2012, 1, 1);

    /// <summary>No appointment starts later (the generated data must not depend on the day it is made).</summary>
    public static readonly DateOnly LatestStart = new(2026, 6, 30);

    private static readonly DateOnly RecentFrom = new(2019, 1, 1);

    public static void Draw(SeededRandom random, GenPosition position)
    {
        var (from, to) = (position.From, position.To);
        var terms = new List<GenTerm>(4);
        DateOnly start;
        if (to is { } end)
        {
            start = Later(from, Between(random, end.AddYears(-6), end.AddDays(-30)));
            terms.Add(new GenTerm(position, start, end, Kind(random, 0.05)));
        }
        else
        {
            start = from >= new DateOnly(2024, 1, 1)
                ? (random.NextDouble() < 0.8 ? from : Later(from, Earlier(LatestStart, from.AddDays(random.Between(0, 120)))))
                : random.NextDouble() < 0.4
                    ? Later(from, Between(random, Reform2025.Date, LatestStart))
                    : Between(random, Later(from, RecentFrom), Reform2025.Date.AddDays(-1));
            var ended = random.NextDouble() < 0.07 ? start.AddDays(random.Between(180, 1500)) : (DateOnly?)null;
            if (ended is { } e && e > LatestStart)
            {
                ended = null;
            }

            terms.Add(new GenTerm(position, start, ended, Kind(random, 0.08)));
        }

        var cursor = start;
        for (var k = 0; k < 3 && cursor > from && random.NextDouble() < (k == 0 ? 0.58 : 0.4); k++)
        {
            var until = random.NextDouble() < 0.75 ? cursor : cursor.AddDays(-random.Between(15, 120));
            if (until <= from)
            {
                break;
            }

            var kind = Kind(random, 0.1);
            var length = kind == AppointmentKind.Acting ? random.Between(90, 360) : random.Between(3 * 365, 5 * 365 + 60);
            cursor = Later(from, until.AddDays(-length));
            terms.Add(new GenTerm(position, cursor, until, kind));
        }

        terms.Reverse();
        position.Terms.AddRange(terms);
    }

    private static AppointmentKind Kind(SeededRandom random, double acting) =>
        random.NextDouble() < acting ? AppointmentKind.Acting : AppointmentKind.Permanent;

    private static DateOnly Between(SeededRandom random, DateOnly min, DateOnly max) =>
        max <= min ? min : min.AddDays(random.Between(0, max.DayNumber - min.DayNumber));

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;
}
