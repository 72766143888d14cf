using Chancery.Core.Errors;
using Chancery.Core.Time;

namespace Chancery.Core.Units;

/// <summary>
/// The invariants of the hierarchy, checked on a draft for the units it changes, at every date:
/// a parent exists over its child's whole period; no unit outlives its parent's existence; no
/// cycles; a code belongs to one unit at a time.
/// </summary>
public static class UnitRules
{
    public const string ParentPeriod = "hierarchy.parent-period";
    public const string OpenChildren = "hierarchy.open-children";
    public const string NoCycle = "hierarchy.no-cycle";
    public const string CodeUnique = "hierarchy.code-unique";

    public static void Check(UnitsDraft draft, IEnumerable<Guid> unitIds, RuleViolations violations)
    {
        foreach (var id in unitIds)
        {
            var unit = draft.Get(id);
            CheckParents(draft, unit, violations);
            CheckChildren(draft, unit, violations);
            CheckCodes(draft, unit, violations);
        }
    }

    public static void CheckAll(UnitsDraft draft, IEnumerable<Guid> unitIds)
    {
        var violations = new RuleViolations();
        Check(draft, unitIds, violations);
        violations.ThrowIfAny();
    }

    private static void CheckParents(UnitsDraft draft, UnitState unit, RuleViolations violations)
    {
        foreach (var v in unit.Versions)
        {
            if (v.ParentId is not { } parentId)
            {
                continue;
            }

            var parent = draft.Find(parentId);
            if (parent is null || !parent.Period.Covers(v.Period))
            {
                var exists = parent is null ? "does not exist" : $"exists over {parent.Period}";
                violations.Add(ParentPeriod, unit.Subject,
                    $"A child's period lies within its parent's: the unit hangs below {Subjects.Unit(parentId)} over {v.Period}, but the parent {exists}.");
            }
            else if (Reaches(draft, parentId, unit.Id, v.From, v.End, 0))
            {
                violations.Add(NoCycle, unit.Subject,
                    $"A unit cannot lie below itself: {Subjects.Unit(parentId)} is already below this unit at some date in {v.Period}.");
            }
        }
    }

    private static void CheckChildren(UnitsDraft draft, UnitState unit, RuleViolations violations)
    {
        foreach (var (child, version) in draft.ChildVersions(unit.Id))
        {
            if (unit.Period.Covers(version.Period))
            {
                continue;
            }

            var what = unit.Closed is { } closed
                ? $"a unit cannot close on {IsoDate.Format(closed)} while it has children valid after that date"
                : "a child's period lies within its parent's";
            violations.Add(OpenChildren, unit.Subject,
                $"The unit exists over {unit.Period} but its child {child.Subject} ('{version.Name}') hangs below it over {version.Period}: {what}. Move or close the child first, or in the same plan.");
        }
    }

    private static void CheckCodes(UnitsDraft draft, UnitState unit, RuleViolations violations)
    {
        foreach (var code in unit.Versions.Select(v => v.Code).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            foreach (var other in draft.UnitsWithCode(code))
            {
                if (other.Id == unit.Id)
                {
                    continue;
                }

                foreach (var mine in unit.Versions.Where(v => v.Code == code))
                {
                    if (other.Versions.FirstOrDefault(v => v.Code == code && v.Period.Overlaps(mine.Period)) is { } clash)
                    {
                        violations.Add(CodeUnique, unit.Subject,
                            $"The code {code} belongs to {other.Subject} ('{clash.Name}') over {clash.Period}; a code is unique among units valid on the same date.");
                        break;
                    }
                }
            }
        }
    }

    /// <summary>Whether, at some date in [from, end), the ancestry of <paramref name="start"/> reaches <paramref name="target"/>.</summary>
    private static bool Reaches(UnitsDraft draft, Guid start, Guid target, DateOnly from, DateOnly end, int depth)
    {
        if (start == target || depth > UnitsSnapshot.MaxDepth)
        {
            return true;
        }

        if (draft.Find(start) is not { } unit)
        {
            return false;
        }

        foreach (var v in unit.Versions)
        {
            if (v.End <= from || v.From >= end || v.ParentId is not { } parentId)
            {
                continue;
            }

            var f = v.From > from ? v.From : from;
            var e = v.End < end ? v.End : end;
            if (Reaches(draft, parentId, target, f, e, depth + 1))
            {
                return true;
            }
        }

        return false;
    }
}
