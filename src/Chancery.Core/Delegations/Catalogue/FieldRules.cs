using Chancery.Core.Errors;
using Chancery.Core.Positions;
using Chancery.Core.Registry;
using Chancery.Core.Time;

namespace Chancery.Core.Delegations.Catalogue;

/// <summary>
/// The rules of a unit's own fields over what a change drafted: a code is unique within the unit on
/// overlapping dates and is never a national code; a field does not end while a delegation naming
/// it is still in effect; a delegation names a unit's own field only for that unit and within the
/// field's period (checked by the delegations' rules, over the delegations drafted).
/// </summary>
public static class FieldRules
{
    public const string CodeUnique = "fields.code-unique";
    public const string OfUnit = "fields.of-unit";
    public const string InUse = "fields.in-use";
    public const string EffectiveDateInPeriod = "fields.effective-date-in-period";

    public static void Check(WriteContext context, RuleViolations violations)
    {
        var draft = context.Fields;
        foreach (var f in draft.Changed.Where(f => !f.Period.IsEmpty))
        {
            if (FieldsOfWork.Find(f.Code) is { } national)
            {
                violations.Add(CodeUnique, f.Subject, $"The code {f.Code} is the national field '{national.Name}': a unit's own field takes a code of its own.");
            }

            foreach (var other in draft.OfUnit(f.UnitId).Where(o => o.Id != f.Id && o.Code == f.Code && !o.Period.IsEmpty && o.Period.Overlaps(f.Period)))
            {
                violations.Add(CodeUnique, f.Subject,
                    $"The unit already has the field {f.Code} over {other.Period} ({other.Subject}, '{other.NameOn(f.From).Name}'): a code is unique within the unit on the same dates.");
            }

            if (f.To is { } end)
            {
                CheckInUse(context, f, end, violations);
            }
        }
    }

    /// <summary>A field used by a delegation of its unit that is in effect on or after its end cannot end.</summary>
    private static void CheckInUse(WriteContext context, FieldState f, DateOnly end, RuleViolations violations)
    {
        var snapshot = context.Snapshot;
        var delegations = context.HasDraft<DelegationsDraft>() ? context.Delegations.OfUnit(f.UnitId) : snapshot.Delegations.OfUnit(f.UnitId);
        var positions = context.HasDraft<PositionsDraft>() ? context.Positions.FindAppointment : (Func<Guid, AppointmentState?>)snapshot.Positions.FindAppointment;
        var find = context.HasDraft<DelegationsDraft>() ? context.Delegations.Find : (Func<Guid, DelegationState?>)snapshot.Delegations.Find;
        foreach (var d in delegations.Where(d => d.Fields.Contains(f.Code)))
        {
            var effective = DelegationPeriods.Effective(d, positions, find);
            if (!effective.IsEmpty && effective.End > end)
            {
                violations.Add(InUse, f.Subject,
                    $"The field {f.Code} is named by {d.Subject}, in effect over {effective}: revoke it from {IsoDate.Format(end)} first, or close the field after it ends.");
            }
        }
    }

    /// <summary>
    /// The field codes of a delegation that are no field for it: a unit's own field of another unit,
    /// or of its unit but not over the whole period it is in effect. National codes always are.
    /// </summary>
    public static IEnumerable<string> NotOfUnit(IEnumerable<FieldState> ownFields, IEnumerable<string> codes, Period effective)
    {
        var own = ownFields.ToList();
        return codes.Where(code => FieldsOfWork.Find(code) is null && !own.Any(f => f.Code == code && f.Period.Covers(effective)));
    }
}
