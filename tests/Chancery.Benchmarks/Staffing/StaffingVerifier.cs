using Chancery.Benchmarks.Generation;
using Chancery.Core.Positions;

namespace Chancery.Benchmarks.Staffing;

/// <summary>
/// Checks generated staffing against the rules of <see cref="PositionRules"/>: a position within
/// its unit's existence, one head position per unit at a time, an appointment within its
/// position's period, one permanent or acting holder of a position at a time; and that no
/// official holds two positions permanently or acting at once.
/// </summary>
public static class StaffingVerifier
{
    public static void Verify(NationalStaffing staffing)
    {
        var errors = new List<string>();
        foreach (var unit in staffing.Generated.GroupBy(p => p.Unit))
        {
            var heads = unit.Count(p => p.Role == PositionRole.Head);
            if (heads != 1)
            {
                errors.Add($"{unit.Key.Name} has {heads} head positions.");
            }

            foreach (var p in unit)
            {
                if (p.From < unit.Key.Established || (unit.Key.Closed is { } c && (p.To is null || p.To > c)))
                {
                    errors.Add($"{p.Title} of {unit.Key.Name} lies outside the unit's existence.");
                }

                Check(p.Terms, $"{p.Title} of {unit.Key.Name}", p.From, p.To, errors);
            }
        }

        foreach (var official in staffing.Generated.SelectMany(p => p.Terms).Where(t => t.Kind != AppointmentKind.Concurrent).GroupBy(t => t.OfficialId))
        {
            Overlaps(official.OrderBy(t => t.From).ToList(), $"official {official.Key}", errors);
        }

        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"{errors.Count} staffing rules broken, e.g.:\n" + string.Join("\n", errors.Take(10)));
        }
    }

    private static void Check(List<GenTerm> terms, string what, DateOnly from, DateOnly? to, List<string> errors)
    {
        foreach (var t in terms)
        {
            if (t.From < from || (to is { } end && (t.To is null || t.To > end)) || (t.To is { } e2 && e2 <= t.From))
            {
                errors.Add($"An appointment to {what} over {t.From}–{t.To} lies outside the position's {from}–{to}.");
            }
        }

        Overlaps(terms.Where(t => t.Kind != AppointmentKind.Concurrent).OrderBy(t => t.From).ToList(), what, errors);
    }

    private static void Overlaps(List<GenTerm> holders, string what, List<string> errors)
    {
        for (var i = 1; i < holders.Count; i++)
        {
            if (holders[i - 1].To is not { } end || end > holders[i].From)
            {
                errors.Add($"Two holders of {what} overlap from {holders[i].From}.");
            }
        }
    }
}
