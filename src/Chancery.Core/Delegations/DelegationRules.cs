using Chancery.Core.Delegations.Catalogue;
using Chancery.Core.Errors;
using Chancery.Core.Positions;
using Chancery.Core.Registry;
using Chancery.Core.Time;

namespace Chancery.Core.Delegations;

/// <summary>
/// The invariants of delegations over what a change drafted (Decree 30/2020/NĐ-CP art. 13): both
/// sides hold their appointments over the delegation's own period; a pass-on lies within the grant
/// it passes on; no official twice in a chain; two deputies do not hold the same field of a unit on
/// the same date unless one of the assignments says the overlap is on purpose.
/// </summary>
public static class DelegationRules
{
    public const string NotSelf = "delegations.not-self";
    public const string BothHold = "delegations.both-hold";
    public const string DelegatorHolds = "delegations.delegator-holds";
    public const string DelegatePosition = "delegations.delegate-position";
    public const string WithinDelegator = "delegations.within-delegator";
    public const string NoCycle = "delegations.no-cycle";
    public const string NoReauthorization = "delegations.no-reauthorization";
    public const string NoFurther = "delegations.no-further";
    public const string FieldOverlap = "delegations.field-overlap";
    public const string RevokeInPeriod = "delegations.revoke-in-period";
    public const string HeadVacant = "delegations.head-vacant";

    public static void Check(WriteContext context, RuleViolations violations)
    {
        var draft = context.Delegations;
        var positions = context.Positions;
        foreach (var d in draft.Changed)
        {
            if (d.Own.IsEmpty)
            {
                continue;
            }

            if (d.DelegatorOfficialId == d.DelegateOfficialId)
            {
                violations.Add(NotSelf, d.Subject, "No one delegates to themself.");
            }

            foreach (var (side, appointmentId) in new[] { ("delegator", d.DelegatorAppointmentId), ("delegate", d.DelegateAppointmentId) })
            {
                var a = positions.FindAppointment(appointmentId);
                if (a is null || !a.Period.Covers(d.Own))
                {
                    violations.Add(BothHold, d.Subject,
                        $"A delegation rests on both sides' appointments: it runs over {d.Own}, but the {side}'s appointment ({Subjects(appointmentId)}) " +
                        (a is null ? "does not exist." : $"runs over {a.Period}. Give an end date within it."));
                }
            }

            if (d.PassedFromId is { } parentId && draft.Find(parentId) is { } parent)
            {
                var grant = draft.Effective(parent, positions);
                if (!grant.Covers(d.Own))
                {
                    violations.Add(WithinDelegator, d.Subject,
                        $"Nobody delegates what they do not hold: the grant by order {parent.Subject} is in effect over {grant}, the pass-on would run over {d.Own}.");
                }

                if (d.DelegateOfficialId == parent.DelegatorOfficialId)
                {
                    violations.Add(NoCycle, d.Subject, $"The chain of delegations would return to the official who made {parent.Subject}.");
                }
            }

            if (d.Kind == DelegationKind.Assignment && d.Fields.Count > 0)
            {
                CheckOverlap(draft, positions, d, violations);
            }

            if (d.Fields.Count > 0)
            {
                CheckOwnFields(context, draft, positions, d, violations);
            }
        }
    }

    private static void CheckOverlap(DelegationsDraft draft, PositionsDraft positions, DelegationState d, RuleViolations violations)
    {
        var mine = draft.Effective(d, positions);
        foreach (var other in draft.OfUnit(d.UnitId))
        {
            if (other.Id == d.Id || other.Kind != DelegationKind.Assignment || other.DelegateOfficialId == d.DelegateOfficialId ||
                d.OverlapReason is not null || other.OverlapReason is not null)
            {
                continue;
            }

            var shared = d.Fields.Intersect(other.Fields, StringComparer.Ordinal).ToList();
            if (shared.Count > 0 && mine.Intersect(draft.Effective(other, positions)) is { } both)
            {
                violations.Add(FieldOverlap, d.Subject,
                    $"Two deputies would hold the field {string.Join(", ", shared)} of the unit over {both}: {other.Subject} assigns it to another deputy. " +
                    "Revoke that one from the date, or say the overlap is on purpose (overlap_on_purpose, with a reason).");
            }
        }
    }

    /// <summary>A unit's own field only for that unit (a pass-on: the unit of the grant it passes on), and within the field's period.</summary>
    private static void CheckOwnFields(WriteContext context, DelegationsDraft draft, PositionsDraft positions, DelegationState d, RuleViolations violations)
    {
        var effective = draft.Effective(d, positions);
        var unitId = d.PassedFromId is { } parentId && draft.Find(parentId) is { } parent ? parent.UnitId : d.UnitId;
        var own = context.HasDraft<FieldsDraft>() ? context.Fields.OfUnit(unitId) : context.Snapshot.Fields.OfUnit(unitId);
        var outside = FieldRules.NotOfUnit(own, d.Fields, effective.IsEmpty ? Period.Day(effective.From) : effective).ToList();
        if (outside.Count > 0)
        {
            violations.Add(FieldRules.OfUnit, d.Subject,
                $"A unit's own field of work is used only by that unit's delegations, while the field exists: {string.Join(", ", outside)} " +
                $"is not a field of the unit over {effective} (ListFields with its unit_id).");
        }
    }

    private static string Subjects(Guid appointmentId) => $"appointments/{appointmentId}";
}
