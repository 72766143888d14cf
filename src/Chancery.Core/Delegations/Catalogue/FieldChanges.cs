using Chancery.Core.Access;
using Chancery.Core.Errors;
using Chancery.Core.Kernel;
using Chancery.Core.Registry;
using Chancery.Core.Time;
using Chancery.Core.Units;

namespace Chancery.Core.Delegations.Catalogue;

/// <summary>
/// The changes a unit's own fields undergo, on the write context's draft. Each checks the caller's
/// rights (delegations.write) over the unit for the period the change reaches; the rules are
/// checked after, over everything drafted (<see cref="FieldRules"/>).
/// </summary>
public static class FieldChanges
{
    public static FieldState Create(WriteContext context, Guid id, Guid unitId, string code, string name, DateOnly from, LegalBasis basis)
    {
        ChangeRights.RequireUnit(context, unitId, from, until: null, Scopes.DelegationsWrite);
        var unit = context.Units.Get(unitId, "unit_id");
        if (!unit.Period.Contains(from))
        {
            throw new NotFoundException("unit", unit.Subject, $"The unit does not exist on {IsoDate.Format(from)}.");
        }

        var field = new FieldState(id, 1, unitId, code, from, null, [new FieldNameState(from, name, basis)]);
        context.Fields.Put(field);
        return field;
    }

    /// <summary>A new name from a date: after the current name's start and before the field's end.</summary>
    public static FieldState Rename(WriteContext context, Guid id, long expectedVersion, string name, DateOnly effective, LegalBasis basis)
    {
        var field = Require(context, id, expectedVersion, effective);
        if (effective <= field.Names[^1].From || effective >= field.Period.End)
        {
            throw RuleViolations.One(FieldRules.EffectiveDateInPeriod, field.Subject,
                $"The field exists over {field.Period} and has its current name since {IsoDate.Format(field.Names[^1].From)}: it is renamed from a date after that and before its end.");
        }

        if (field.Names[^1].Name == name)
        {
            // nothing to store: the version the caller holds stays the current one
            return field;
        }

        var renamed = field with { Version = field.Version + 1, Names = [.. field.Names, new FieldNameState(effective, name, basis)] };
        context.Fields.Put(renamed);
        return renamed;
    }

    /// <summary>Ends the field on a date (its first day without it), after its start and before its end.</summary>
    public static FieldState Close(WriteContext context, Guid id, long expectedVersion, DateOnly effective)
    {
        var field = Require(context, id, expectedVersion, effective);
        if (effective <= field.From || effective >= field.Period.End)
        {
            throw RuleViolations.One(FieldRules.EffectiveDateInPeriod, field.Subject,
                $"The field exists over {field.Period}: it closes on a date after its start and before its end.");
        }

        var closed = field with { Version = field.Version + 1, To = effective };
        context.Fields.Put(closed);
        return closed;
    }

    /// <summary>The own fields of a unit that ends: their end is recorded as that date (one that would start later is cancelled).</summary>
    public static void EndWithUnit(WriteContext context, Guid unitId, DateOnly effective)
    {
        foreach (var f in context.Fields.OfUnit(unitId).Where(f => f.Period.End > effective).ToList())
        {
            context.Fields.Put(f with { Version = f.Version + 1, To = effective > f.From ? effective : f.From });
        }
    }

    /// <summary>Rights over the field's unit from the date to the field's end; then the field, at the version the caller read.</summary>
    private static FieldState Require(WriteContext context, Guid id, long expectedVersion, DateOnly effective)
    {
        var field = context.Fields.Find(id);
        ChangeRights.RequireUnit(context, field?.UnitId, effective, field?.To is { } to && to > effective ? to : Period.Day(effective).To, Scopes.DelegationsWrite);
        if (field is null)
        {
            throw new NotFoundException("field", $"fields/{id}", $"No unit's own field has the id {id}.");
        }

        if (field.Version != expectedVersion)
        {
            throw new StaleVersionException(field.Subject, expectedVersion, field.Version);
        }

        return field;
    }
}
