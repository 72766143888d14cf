using Chancery.Core.Errors;
using Chancery.Core.Units;
using Chancery.Core.Time;

namespace Chancery.Core.Positions;

/// <summary>
/// The invariants of positions and appointments, at every date: a position lies within its
/// unit's existence; at most one head position per unit; an appointment lies within its position's
/// period; at most one permanent or acting holder of a position; a unit's positions end when it does.
/// </summary>
public static class PositionRules
{
    public const string PositionInUnit = "positions.within-unit";
    public const string OneHead = "positions.one-head";
    public const string AppointmentInPosition = "appointments.within-position";
    public const string OneHolder = "appointments.one-holder";

    public static void Check(UnitsDraft hierarchy, PositionsDraft draft, IEnumerable<Guid> changedUnits, RuleViolations violations)
    {
        var positionIds = draft.ChangedPositions.Select(p => p.Id).ToHashSet();
        foreach (var unitId in changedUnits)
        {
            positionIds.UnionWith(draft.PositionsOfUnit(unitId).Select(p => p.Id));
        }

        foreach (var id in positionIds)
        {
            CheckPosition(hierarchy, draft, draft.FindPosition(id)!, violations);
        }

        foreach (var positionId in draft.ChangedAppointments.Select(a => a.PositionId).Distinct())
        {
            if (!positionIds.Contains(positionId))
            {
                CheckAppointments(draft, draft.FindPosition(positionId)!, violations);
            }
        }
    }

    private static void CheckPosition(UnitsDraft hierarchy, PositionsDraft draft, PositionState position, RuleViolations violations)
    {
        var unit = hierarchy.Find(position.UnitId);
        if (unit is null || !unit.Period.Covers(position.Period))
        {
            violations.Add(PositionInUnit, position.Subject,
                $"A position lies within its unit's existence: '{position.Title}' runs over {position.Period}, but {Subjects.Unit(position.UnitId)} " +
                (unit is null ? "does not exist." : $"exists over {unit.Period}. Close the position (or carry it to a successor) when the unit ends."));
        }

        if (position.Role == PositionRole.Head &&
            draft.PositionsOfUnit(position.UnitId).FirstOrDefault(p => p.Id != position.Id && p.Role == PositionRole.Head && p.Period.Overlaps(position.Period)) is { } other)
        {
            violations.Add(OneHead, position.Subject,
                $"A unit has at most one head position: '{other.Title}' ({other.Subject}) is the head position over {other.Period}.");
        }

        CheckAppointments(draft, position, violations);
    }

    private static void CheckAppointments(PositionsDraft draft, PositionState position, RuleViolations violations)
    {
        var list = draft.AppointmentsToPosition(position.Id).ToList();
        foreach (var appointment in list)
        {
            if (!position.Period.Covers(appointment.Period))
            {
                violations.Add(AppointmentInPosition, appointment.Subject,
                    $"An appointment lies within its position's period: it runs over {appointment.Period}, the position '{position.Title}' over {position.Period}.");
            }
        }

        var holders = list.Where(a => a.IsHolder).OrderBy(a => a.From).ToList();
        for (var i = 1; i < holders.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (holders[i].Period.Overlaps(holders[j].Period))
                {
                    violations.Add(OneHolder, holders[i].Subject,
                        $"A position has at most one permanent or acting holder: {holders[j].Subject} holds '{position.Title}' over {holders[j].Period}, " +
                        $"which meets {holders[i].Period} from {IsoDate.Format(holders[i].From)}.");
                }
            }
        }
    }
}
