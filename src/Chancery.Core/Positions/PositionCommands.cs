using Chancery.Core.Access;
using Chancery.Core.Delegations;
using Chancery.Core.Errors;
using Chancery.Core.Kernel;
using Chancery.Core.Registry;
using Chancery.Core.Units;

namespace Chancery.Core.Positions;

public sealed record CreatePositionCommand(Guid UnitId, string? Title, PositionRole Role, bool CollectiveBody, DateOnly? ValidFrom) : Command;

public sealed record ClosePositionCommand(Guid PositionId, long ExpectedVersion, DateOnly? EffectiveDate, bool EndAppointments) : Command;

public sealed record CreateOfficialCommand(string? FullName, string? RankCode) : Command;

public sealed record UpdateOfficialCommand(Guid OfficialId, bool SetFullName, string? FullName, bool SetRankCode, string? RankCode, long ExpectedVersion) : Command;

public sealed record AppointCommand(Guid OfficialId, Guid PositionId, AppointmentKind Kind, DateOnly? ValidFrom, DateOnly? ValidTo, LegalBasis Basis) : Command;

public sealed record EndAppointmentCommand(Guid AppointmentId, long ExpectedVersion, DateOnly? EffectiveDate) : Command;

/// <summary>The closed position and the delegations that end with it (resting on the appointments it ended).</summary>
public sealed record ClosePositionResult(PositionState Position, IReadOnlyList<EndedDelegation> EndedDelegations);

/// <summary>The ended appointment and the delegations that end with it, on either side.</summary>
public sealed record EndAppointmentResult(AppointmentState Appointment, IReadOnlyList<EndedDelegation> EndedDelegations);

/// <summary>Positions, officials and appointments: each change one write, checked, audited and logged.</summary>
public sealed class PositionCommands(RegistryWriter writer)
{
    public Task<PositionState> CreatePositionAsync(CreatePositionCommand c, WriteRequest request, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        return writer.WriteAsync(request, context =>
        {
            var errors = c.Errors();
            var title = PositionInput.Title(c.Title, errors);
            PositionInput.Role(c.Role, errors);
            errors.ThrowIfAny();
            var position = PositionChanges.Create(context, id, c.UnitId, title, c.Role, c.CollectiveBody, c.ValidFrom ?? context.Today);
            context.CheckRules();
            return position;
        }, cancellationToken);
    }

    public Task<ClosePositionResult> ClosePositionAsync(ClosePositionCommand c, WriteRequest request, CancellationToken cancellationToken) =>
        writer.WriteAsync(request, context =>
        {
            var errors = c.Errors();
            RequireVersion(c.ExpectedVersion, errors);
            errors.ThrowIfAny();
            var closed = PositionChanges.Close(context, c.PositionId, c.EffectiveDate ?? context.Today, c.EndAppointments, c.ExpectedVersion);
            context.CheckRules();
            return new ClosePositionResult(closed, DelegationEndings.Of(context));
        }, cancellationToken);

    public Task<OfficialState> CreateOfficialAsync(CreateOfficialCommand c, WriteRequest request, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        return writer.WriteAsync(request, context =>
        {
            var errors = c.Errors();
            var name = PositionInput.FullName(c.FullName, errors);
            var rank = PositionInput.RankCode(c.RankCode, errors);
            errors.ThrowIfAny();
            ChangeRights.RequireRole(context, Scopes.PositionsWrite, Role.UnitAdministrator);
            var official = new OfficialState(id, 1, name, rank);
            context.Positions.Put(official);
            return official;
        }, cancellationToken);
    }

    /// <summary>A unit administrator may change an official who holds nothing now, or holds something inside their subtree.</summary>
    public Task<OfficialState> UpdateOfficialAsync(UpdateOfficialCommand c, WriteRequest request, CancellationToken cancellationToken) =>
        writer.WriteAsync(request, context =>
        {
            var errors = c.Errors();
            if (!c.SetFullName && !c.SetRankCode && !errors.Any)
            {
                errors.Add("update_mask", "Name at least one of: full_name, rank_code.");
            }

            var name = c.SetFullName ? PositionInput.FullName(c.FullName, errors) : null;
            var rank = c.SetRankCode ? PositionInput.RankCode(c.RankCode, errors) : null;
            RequireVersion(c.ExpectedVersion, errors);
            errors.ThrowIfAny();
            var official = context.Positions.FindOfficial(c.OfficialId);
            var held = official is null ? [] : context.Snapshot.Positions.AppointmentsOfOfficial(official.Id).Where(a => a.Contains(context.Today)).ToList();
            if (held.Count == 0)
            {
                ChangeRights.RequireRole(context, Scopes.PositionsWrite, Role.UnitAdministrator);
            }

            foreach (var appointment in held)
            {
                var unitId = context.Positions.FindPosition(appointment.PositionId)!.UnitId;
                ChangeRights.RequireUnitOn(context, unitId, context.Today, Scopes.PositionsWrite);
            }

            if (official is null)
            {
                throw new NotFoundException("official", $"officials/{c.OfficialId}", $"No official has the id {c.OfficialId}.");
            }

            if (official.Version != c.ExpectedVersion)
            {
                throw new StaleVersionException(official.Subject, c.ExpectedVersion, official.Version);
            }

            var changed = official.With(c.SetFullName ? name! : official.FullName, c.SetRankCode ? rank : official.RankCode);
            if (changed.FullName == official.FullName && changed.RankCode == official.RankCode)
            {
                // nothing to store: the version the caller holds stays the current one
                return official;
            }

            context.Positions.Put(changed);
            return changed;
        }, cancellationToken);

    public Task<AppointmentState> AppointAsync(AppointCommand c, WriteRequest request, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        return writer.WriteAsync(request, context =>
        {
            var errors = c.Errors();
            PositionInput.Kind(c.Kind, errors);
            var from = c.ValidFrom ?? context.Today;
            PositionInput.Period(from, c.ValidTo, errors);
            errors.ThrowIfAny();
            var appointment = PositionChanges.Appoint(context, id, c.OfficialId, c.PositionId, c.Kind, from, c.ValidTo, c.Basis);
            context.CheckRules();
            return appointment;
        }, cancellationToken);
    }

    public Task<EndAppointmentResult> EndAppointmentAsync(EndAppointmentCommand c, WriteRequest request, CancellationToken cancellationToken) =>
        writer.WriteAsync(request, context =>
        {
            var errors = c.Errors();
            RequireVersion(c.ExpectedVersion, errors);
            errors.ThrowIfAny();
            var ended = PositionChanges.End(context, c.AppointmentId, c.EffectiveDate ?? context.Today, c.ExpectedVersion);
            context.CheckRules();
            return new EndAppointmentResult(ended, DelegationEndings.Of(context));
        }, cancellationToken);

    private static void RequireVersion(long expected, InputErrors errors)
    {
        if (expected <= 0)
        {
            errors.Add("expected_version", "The version you read is required (a positive number).");
        }
    }
}
