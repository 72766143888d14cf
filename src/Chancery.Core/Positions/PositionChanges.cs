using Chancery.Core.Access;
using Chancery.Core.Errors;
using Chancery.Core.Kernel;
using Chancery.Core.Registry;
using Chancery.Core.Units;

namespace Chancery.Core.Positions;

/// <summary>
/// The changes positions and appointments undergo, applied to the write context's draft; each
/// checks the caller's rights over the position's unit (at the effective date, or over the whole
/// period a new position or appointment reaches), not the rules (checked once by the caller over
/// everything drafted).
/// </summary>
public static class PositionChanges
{
    /// <summary>A position from a date on: needs rights over the unit for the rest of its existence.</summary>
    public static PositionState Create(WriteContext context, Guid id, Guid unitId, string title, PositionRole role, bool collectiveBody, DateOnly from)
    {
        ChangeRights.RequireUnit(context, unitId, from, until: null, Scopes.PositionsWrite);
        context.Units.Get(unitId, "unit_id");
        var position = new PositionState(id, 1, unitId, title, role, collectiveBody, from, null);
        context.Positions.Put(position);
        return position;
    }

    /// <summary>Ends a position from a date (its first day without the position); with <paramref name="endAppointments"/> its holders' appointments end then too.</summary>
    public static PositionState Close(WriteContext context, Guid positionId, DateOnly effective, bool endAppointments, long? expectedVersion = null) =>
        Close(context, positionId, effective, endAppointments, expectedVersion, accessDate: effective);

    /// <param name="accessDate">The date the caller's rights over the position's unit are judged on.</param>
    private static PositionState Close(WriteContext context, Guid positionId, DateOnly effective, bool endAppointments, long? expectedVersion, DateOnly accessDate)
    {
        var position = Require(context, positionId, accessDate, expectedVersion);
        if (effective <= position.From || effective >= position.Period.End)
        {
            throw RuleViolations.One("positions.effective-date-in-period", position.Subject,
                $"The position exists over {position.Period}; it can only close after its start and before its end.");
        }

        if (endAppointments)
        {
            foreach (var appointment in context.Positions.AppointmentsToPosition(positionId).Where(a => a.Period.End > effective && a.From < effective).ToList())
            {
                var ended = appointment with { Version = appointment.Version + 1, To = effective };
                context.Positions.Put(ended);
                context.Raise(new AppointmentEnded(ended, effective));
            }
        }

        var closed = position with { Version = position.Version + 1, To = effective };
        context.Positions.Put(closed);
        context.Raise(new PositionClosed(closed, effective));
        return closed;
    }

    /// <summary>
    /// Closes every position of a unit still open on the date, ending their appointments: what
    /// happens when the unit ends. The caller's rights are judged on the unit's last day: the
    /// unit may already be closed in the draft (CloseUnit closes it first), and on the date
    /// itself it no longer lies in anyone's subtree.
    /// </summary>
    public static void CloseAllOf(WriteContext context, Guid unitId, DateOnly effective)
    {
        foreach (var position in context.Positions.PositionsOfUnit(unitId).Where(p => p.Period.End > effective && p.From < effective).ToList())
        {
            Close(context, position.Id, effective, endAppointments: true, expectedVersion: null, accessDate: effective.AddDays(-1));
        }
    }

    /// <summary>
    /// A position carried to another unit from a date: the old one closes (its appointments end),
    /// a new one with the same title and role opens in the other unit, and whoever held the old one
    /// then holds the new one, on the basis given. A position that its unit's end already closed
    /// in this change (a merge or a dissolution earlier in the plan) is carried as it stood before.
    /// </summary>
    public static PositionState Carry(WriteContext context, Guid positionId, Guid toUnitId, DateOnly effective, Guid newId, LegalBasis basis, Func<int, Guid> appointmentId)
    {
        var position = Require(context, positionId, effective.AddDays(-1), null);
        if (context.Positions.FindPosition(newId) is not null)
        {
            throw RuleViolations.One("positions.carried-once", position.Subject, $"The plan carries '{position.Title}' more than once.");
        }

        var endedHere = position.To == effective && context.Positions.OriginalPosition(positionId) is { } original && original.Contains(effective);
        var holders = context.Positions.AppointmentsToPosition(positionId)
            .Select(a => endedHere && a.To == effective ? context.Positions.OriginalAppointment(a.Id) ?? a : a)
            .Where(a => a.Contains(effective)).ToList();
        if (!endedHere)
        {
            Close(context, positionId, effective, endAppointments: true, expectedVersion: null, accessDate: effective.AddDays(-1));
        }

        var carried = Create(context, newId, toUnitId, position.Title, position.Role, position.CollectiveBody, effective);
        for (var i = 0; i < holders.Count; i++)
        {
            var held = holders[i];
            context.Positions.Put(new AppointmentState(appointmentId(i), 1, held.OfficialId, carried.Id, held.Kind, effective, held.To, basis));
        }

        return carried;
    }

    /// <summary>Needs rights over the position's unit for the whole appointment (an open-ended one: while the position lasts).</summary>
    public static AppointmentState Appoint(WriteContext context, Guid id, Guid officialId, Guid positionId, AppointmentKind kind, DateOnly from, DateOnly? to, LegalBasis basis)
    {
        var position = Require(context, positionId, from, null);
        ChangeRights.RequireUnit(context, position.UnitId, from, to is { } end && end < position.Period.End ? end : position.To, Scopes.PositionsWrite);
        if (context.Positions.FindOfficial(officialId) is null)
        {
            throw new NotFoundException("official", $"officials/{officialId}", $"No official has the id {officialId} (official_id).");
        }

        if (context.Positions.AppointmentsToPosition(position.Id).FirstOrDefault(a => a.OfficialId == officialId && a.Period.Overlaps(new Time.Period(from, to))) is { } twice)
        {
            throw RuleViolations.One("appointments.duplicate", twice.Subject, $"The official already holds this position over {twice.Period}.");
        }

        var appointment = new AppointmentState(id, 1, officialId, positionId, kind, from, to, basis);
        context.Positions.Put(appointment);
        return appointment;
    }

    /// <summary>Ends an appointment from a date (its first day without it).</summary>
    public static AppointmentState End(WriteContext context, Guid appointmentId, DateOnly effective, long expectedVersion)
    {
        var appointment = context.Positions.FindAppointment(appointmentId)
            ?? throw new NotFoundException("appointment", $"appointments/{appointmentId}", $"No appointment has the id {appointmentId}.");
        var position = context.Positions.FindPosition(appointment.PositionId)!;
        RequireUnit(context, position.UnitId, effective);
        if (appointment.Version != expectedVersion)
        {
            throw new StaleVersionException(appointment.Subject, expectedVersion, appointment.Version);
        }

        if (effective <= appointment.From || effective >= appointment.Period.End)
        {
            throw RuleViolations.One("appointments.effective-date-in-period", appointment.Subject,
                $"The appointment runs over {appointment.Period}; it can only end on a date after its start and before its end.");
        }

        var ended = appointment with { Version = appointment.Version + 1, To = effective };
        context.Positions.Put(ended);
        context.Raise(new AppointmentEnded(ended, effective));
        return ended;
    }

    private static PositionState Require(WriteContext context, Guid positionId, DateOnly date, long? expectedVersion)
    {
        var position = context.Positions.FindPosition(positionId);
        RequireUnit(context, position?.UnitId, date);
        if (position is null)
        {
            throw new NotFoundException("position", $"positions/{positionId}", $"No position has the id {positionId}.");
        }

        if (expectedVersion is { } expected && expected != position.Version)
        {
            throw new StaleVersionException(position.Subject, expected, position.Version);
        }

        return position;
    }

    private static void RequireUnit(WriteContext context, Guid? unitId, DateOnly date) =>
        ChangeRights.RequireUnitOn(context, unitId, date, Scopes.PositionsWrite);
}
