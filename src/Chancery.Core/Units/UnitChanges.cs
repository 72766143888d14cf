using Chancery.Core.Access;
using Chancery.Core.Errors;
using Chancery.Core.Registry;

namespace Chancery.Core.Units;

/// <summary>A unit to establish: its attributes, with the parent already resolved.</summary>
public sealed record NewUnit(string Name, string? ShortName, UnitKind Kind, Guid? ParentId, string? Code);

/// <summary>
/// The changes a unit can undergo, applied to a draft: each checks that the caller may make it
/// (judged on the hierarchy as drafted, at the effective date) but not the hierarchy's rules,
/// which are checked once over everything a command or a plan changed.
/// </summary>
public static class UnitChanges
{
    public static UnitState Establish(WriteContext context, Guid id, NewUnit unit, DateOnly from)
    {
        Require(context, unit.ParentId, from);
        if (unit.ParentId is { } parentId)
        {
            context.Units.Get(parentId, "parent_id");
        }

        if (context.Units.Find(id) is not null)
        {
            throw new AlreadyExistsException("unit", Subjects.Unit(id), $"A unit with the id {id} exists already.");
        }

        var state = new UnitState(id, 1, [new UnitVersionState(from, null, unit.Name, unit.ShortName, unit.Kind, unit.ParentId, unit.Code)]);
        context.Units.Put(state);
        return state;
    }

    /// <summary>Needs rights over the unit for the whole period the change reaches: from the date to the end of the unit's existence.</summary>
    public static UnitState Change(WriteContext context, Guid id, DateOnly effective, Func<UnitAttributes, UnitAttributes> change, long? expectedVersion = null)
    {
        RequireFrom(context, id, effective);
        var changed = Existing(context, id, expectedVersion).ChangeFrom(effective, change);
        context.Units.Put(changed);
        return changed;
    }

    /// <summary>Needs rights over the unit (for the whole period the move reaches), its parent before the move and its new parent.</summary>
    public static UnitState Move(WriteContext context, Guid id, Guid? newParentId, DateOnly effective, long? expectedVersion = null, string parentField = "new_parent_id")
    {
        RequireFrom(context, id, effective);
        Require(context, context.Units.Find(id)?.At(effective)?.ParentId, effective);
        Require(context, newParentId, effective);
        var unit = Existing(context, id, expectedVersion);
        if (newParentId is { } parentId)
        {
            context.Units.Get(parentId, parentField);
        }

        var moved = unit.ChangeFrom(effective, a => a with { ParentId = newParentId });
        context.Units.Put(moved);
        return moved;
    }

    /// <summary>
    /// Needs rights over the unit and its parent. Tells the other parts that the unit ended; with
    /// <paramref name="endDependants"/> they end what belongs to it (positions and their appointments).
    /// </summary>
    public static UnitState Close(WriteContext context, Guid id, DateOnly effective, long? expectedVersion = null, bool endDependants = false)
    {
        Require(context, id, effective);
        Require(context, context.Units.Find(id)?.At(effective)?.ParentId, effective);
        var closed = Existing(context, id, expectedVersion).CloseOn(effective);
        context.Units.Put(closed);
        context.Raise(new UnitEnded(id, effective, endDependants));
        return closed;
    }

    private static UnitState Existing(WriteContext context, Guid id, long? expectedVersion)
    {
        var unit = context.Units.Get(id);
        if (expectedVersion is { } expected)
        {
            unit.RequireVersion(expected);
        }

        return unit;
    }

    /// <summary>Rights over the unit from the date to the end of its existence: a change reaches all later versions.</summary>
    private static void RequireFrom(WriteContext context, Guid unitId, DateOnly from) =>
        ChangeRights.RequireUnit(context, unitId, from, until: null, Scopes.HierarchyWrite);

    private static void Require(WriteContext context, Guid? unitId, DateOnly date) =>
        ChangeRights.RequireUnitOn(context, unitId, date, Scopes.HierarchyWrite);
}
