using Chancery.Benchmarks.Generation;
using Chancery.Core.Units;
using Chancery.Core.Positions;

namespace Chancery.Benchmarks.Staffing;

/// <summary>
/// The unit the sitting asks GetHead and ListUnitPositions of: a department (Sở) of the benchmark
/// province, with at least three positions on both dates, whose head had a different permanent or
/// acting holder on the past date than today.
/// </summary>
public sealed record StaffingSample(GenNode Unit, int PositionsToday, int PositionsPast, string HeadToday, string HeadPast)
{
    public static StaffingSample Choose(NationalHierarchy hierarchy, NationalStaffing staffing, DateOnly today, DateOnly past)
    {
        var byUnit = staffing.Generated.ToLookup(p => p.Unit);
        var names = staffing.Officials.ToDictionary(o => o.Id, o => o.FullName);
        var province = hierarchy.ProvinceNearest(Output.HierarchyMeta.BenchProvinceSize);
        var candidates = province.Walk().Concat(hierarchy.Today).Where(u => u.Kind == UnitKind.Department);
        foreach (var unit in candidates)
        {
            var positions = byUnit[unit].ToList();
            var head = positions.FirstOrDefault(p => p.Role == PositionRole.Head);
            var (now, then) = (Holder(head, today), Holder(head, past));
            var (countNow, countThen) = (positions.Count(p => Valid(p, today)), positions.Count(p => Valid(p, past)));
            if (now is not null && then is not null && now.OfficialId != then.OfficialId && countNow >= 3 && countThen >= 3)
            {
                return new StaffingSample(unit, countNow, countThen, names[now.OfficialId], names[then.OfficialId]);
            }
        }

        throw new InvalidOperationException("No department whose head changed between the past date and today.");
    }

    private static bool Valid(GenPosition p, DateOnly date) => p.From <= date && (p.To is null || date < p.To);

    private static GenTerm? Holder(GenPosition? head, DateOnly date) =>
        head?.Terms.FirstOrDefault(t => t.Kind != AppointmentKind.Concurrent && t.Contains(date));
}
