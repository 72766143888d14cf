using Chancery.Core.Access;
using Chancery.Core.Errors;
using Chancery.Core.Kernel;
using Chancery.Core.Positions;
using Chancery.Core.Registry;
using Chancery.Core.Time;
using Chancery.Core.Units;

namespace Chancery.Core.Delegations;

/// <summary>What a new delegation is, once its input is clean.</summary>
public sealed record DelegationDraft(
    DelegationKind Kind, Guid UnitId, Guid DelegatorOfficialId, Guid DelegateOfficialId, Guid? PassedFromId,
    IReadOnlyList<string> Fields, IReadOnlyList<Guid> SupervisedUnits, IReadOnlyList<string> DocumentKinds, string? Scope,
    Period? RunsUnit, DateOnly From, DateOnly? To, string? OverlapReason, LegalBasis Basis)
{
    /// <summary>Made by the head of a unit above, for a deputy to run the unit while its head position is vacant.</summary>
    public bool WhileHeadVacant { get; init; }
}

/// <summary>
/// The changes delegations undergo, on the write context's draft. Each checks the caller's rights
/// over the delegator's unit for the whole period, finds the appointments both sides hold on the
/// first day and checks what the kind asks of them; the invariants are checked after, over
/// everything drafted (<see cref="DelegationRules"/>).
/// </summary>
public static class DelegationChanges
{
    public static DelegationState Create(WriteContext context, Guid id, DelegationDraft n)
    {
        ChangeRights.RequireUnit(context, n.UnitId, n.From, n.To, Scopes.DelegationsWrite);
        var unit = context.Units.Get(n.UnitId, "unit_id");
        if (!unit.Period.Contains(n.From))
        {
            throw new NotFoundException("unit", unit.Subject, $"The unit does not exist on {IsoDate.Format(n.From)}.");
        }

        var positions = context.Snapshot.Positions;
        var subject = $"delegations/{id}";
        DelegationState? parent = null;
        AppointmentState delegator;
        if (n.PassedFromId is { } parentId)
        {
            parent = context.Delegations.Find(parentId)
                ?? throw new NotFoundException("delegation", $"delegations/{parentId}", $"No delegation has the id {parentId} (passed_from_id).");
            if (parent.Kind == DelegationKind.Authorization)
            {
                throw RuleViolations.One(DelegationRules.NoReauthorization, parent.Subject, "An authorization (TUQ.) cannot be delegated onward.");
            }

            if (parent.Kind != DelegationKind.ByOrder || parent.PassedFromId is not null)
            {
                throw RuleViolations.One(DelegationRules.NoFurther, parent.Subject,
                    "Only a grant by order (TL.) is passed on, once, from its grantee to one of the grantee's deputies; no further.");
            }

            if (parent.DelegateOfficialId != n.DelegatorOfficialId || positions.FindAppointment(parent.DelegateAppointmentId) is not { } held ||
                positions.FindPosition(held.PositionId)!.UnitId != n.UnitId)
            {
                throw RuleViolations.One(DelegationRules.DelegatorHolds, parent.Subject,
                    "Nobody delegates what they do not hold: only the grantee passes a grant by order on, in the unit they hold it for.");
            }

            var outside = n.DocumentKinds.Where(k => !parent.CoversDocumentKind(Text.VietnameseText.Fold(k))).ToList();
            if (outside.Count > 0)
            {
                throw RuleViolations.One(DelegationRules.WithinDelegator, subject,
                    $"Nobody delegates what they do not hold: {parent.Subject} does not grant {string.Join(", ", outside)}.");
            }

            delegator = held;
        }
        else if (n.WhileHeadVacant)
        {
            delegator = ForVacancy(context, unit, n);
        }
        else
        {
            delegator = Held(positions, n.DelegatorOfficialId, n.From, (p, a) => p.UnitId == n.UnitId && p.Role == PositionRole.Head && a.IsHolder)
                ?? throw RuleViolations.One(DelegationRules.DelegatorHolds, unit.Subject,
                    $"Nobody delegates what they do not hold: official {n.DelegatorOfficialId} does not hold the head position of the unit on {IsoDate.Format(n.From)}.");
        }

        var units = context.Units;
        var (wanted, match) = n.Kind switch
        {
            DelegationKind.Assignment => ("a deputy of the same unit", (Func<PositionState, AppointmentState, bool>)((p, _) => p.UnitId == n.UnitId && p.Role == PositionRole.Deputy)),
            DelegationKind.ByOrder when parent is not null => ("a deputy of the grantee's unit", (p, _) => p.UnitId == n.UnitId && p.Role == PositionRole.Deputy),
            DelegationKind.ByOrder => ("the head of a subordinate unit or the chief of office", (p, a) =>
                (p.Role == PositionRole.ChiefOfOffice && p.UnitId == n.UnitId) || HeadsSubordinate(units, p, a, n.UnitId, n.From)),
            _ => ("the head of a subordinate unit", (p, a) => HeadsSubordinate(units, p, a, n.UnitId, n.From)),
        };
        var delegateAppointment = Held(positions, n.DelegateOfficialId, n.From, match)
            ?? throw RuleViolations.One(DelegationRules.DelegatePosition, subject,
                $"The delegate of a{(n.Kind == DelegationKind.Assignment ? "n assignment (KT.)" : n.Kind == DelegationKind.Authorization ? "n authorization (TUQ.)" : " grant by order (TL.)")} " +
                $"is {wanted} on {IsoDate.Format(n.From)}; official {n.DelegateOfficialId} holds no such position then.");

        var delegation = new DelegationState(
            id, 1, n.Kind, n.UnitId, delegator.Id, delegator.OfficialId, delegateAppointment.Id, delegateAppointment.OfficialId, n.PassedFromId,
            n.Fields, n.SupervisedUnits, n.DocumentKinds, n.Scope, n.RunsUnit, n.From, n.To, null, n.OverlapReason, n.Basis);
        context.Delegations.Put(delegation);
        return delegation;
    }

    /// <summary>Revokes from a date (its first day without the delegation); on its first day, only while it has not started (a cancellation).</summary>
    public static DelegationState Revoke(WriteContext context, Guid id, long expectedVersion, DateOnly effective)
    {
        var d = context.Delegations.Find(id);
        ChangeRights.RequireUnit(context, d?.UnitId, effective, d?.Own.To is { } to && to > effective ? to : Period.Day(effective).To, Scopes.DelegationsWrite);
        if (d is null)
        {
            throw new NotFoundException("delegation", $"delegations/{id}", $"No delegation has the id {id}.");
        }

        if (d.Version != expectedVersion)
        {
            throw new StaleVersionException(d.Subject, expectedVersion, d.Version);
        }

        if (effective < d.From || effective >= d.Own.End || (effective == d.From && d.From <= context.Today))
        {
            throw RuleViolations.One(DelegationRules.RevokeInPeriod, d.Subject,
                $"The delegation runs over {d.Own}: it is revoked from a date after its start and before its end, or cancelled on its start date before it begins.");
        }

        var revoked = d with { Version = d.Version + 1, RevokedFrom = effective };
        context.Delegations.Put(revoked);
        return revoked;
    }

    /// <summary>The delegations resting on an appointment that ends: their end is recorded as that date (a later one cancels them).</summary>
    public static void EndWith(WriteContext context, Guid appointmentId, DateOnly effective)
    {
        foreach (var d in context.Delegations.RestingOn(appointmentId).Where(d => d.Own.End > effective).ToList())
        {
            context.Delegations.Put(d with { Version = d.Version + 1, To = effective > d.From ? effective : d.From });
        }
    }

    /// <summary>
    /// A deputy runs a unit whose head position is vacant (Decree 30/2020/NĐ-CP art. 13(1): "cấp
    /// phó được giao phụ trách, điều hành" signs as a deputy signing for the head): the unit has a
    /// head position, vacant on the first day the deputy runs it, and the delegator heads a unit
    /// above it then (the superior who would appoint the head). Later, once a head is appointed,
    /// the assignment is simply not answered (valid time).
    /// </summary>
    private static AppointmentState ForVacancy(WriteContext context, UnitState unit, DelegationDraft n)
    {
        var positions = context.Snapshot.Positions;
        var runsFrom = n.RunsUnit?.From ?? n.From;
        if (positions.HeadOf(n.UnitId, runsFrom) is not { Vacant: true })
        {
            throw RuleViolations.One(DelegationRules.HeadVacant, unit.Subject,
                $"A deputy is assigned to run the unit while its head position is vacant: on {IsoDate.Format(runsFrom)} the unit has no head position, or it is held (then its holder assigns).");
        }

        var units = context.Units;
        return Held(positions, n.DelegatorOfficialId, n.From, (p, a) => p.Role == PositionRole.Head && a.IsHolder && p.UnitId != n.UnitId && units.IsWithin(n.UnitId, p.UnitId, n.From))
            ?? throw RuleViolations.One(DelegationRules.DelegatorHolds, unit.Subject,
                $"Nobody delegates what they do not hold: while the head position is vacant, the head of a unit above it assigns; official {n.DelegatorOfficialId} heads no unit above it on {IsoDate.Format(n.From)}.");
    }

    private static bool HeadsSubordinate(UnitsDraft units, PositionState p, AppointmentState a, Guid unitId, DateOnly date) =>
        p.Role == PositionRole.Head && a.IsHolder && p.UnitId != unitId && units.IsWithin(p.UnitId, unitId, date);

    private static AppointmentState? Held(PositionsSnapshot positions, Guid officialId, DateOnly date, Func<PositionState, AppointmentState, bool> match) =>
        positions.AppointmentsOfOfficial(officialId)
            .Where(a => a.Contains(date))
            .FirstOrDefault(a => positions.FindPosition(a.PositionId) is { } p && p.Contains(date) && match(p, a));
}
