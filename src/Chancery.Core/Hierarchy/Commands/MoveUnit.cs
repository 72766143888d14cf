using Chancery.Core.Access;
using Chancery.Core.Errors;
using Chancery.Core.Registry;

namespace Chancery.Core.Hierarchy.Commands;

public sealed record MoveUnitCommand(Guid Id, Guid? NewParentId, long ExpectedVersion, DateOnly? EffectiveDate, string? Reason)
{
    public void Check(InputErrors errors)
    {
        UnitInput.ExpectedVersion(ExpectedVersion, errors);
        UnitInput.Reason(Reason, errors);
        if (NewParentId == Id)
        {
            errors.Add("new_parent_id", "A unit cannot be its own parent.");
        }
    }
}

public static class MoveUnit
{
    /// <summary>Puts the unit under the new parent from the effective date (default today) on.</summary>
    public static UnitView Apply(WriteContext context, MoveUnitCommand command)
    {
        var errors = new InputErrors();
        command.Check(errors);
        errors.ThrowIfAny();

        var effective = command.EffectiveDate ?? context.Today;
        var before = context.Snapshot.Hierarchy.Get(command.Id, effective);
        AccessPolicy.RequireUnitAdministration(context.Actor, context.Snapshot, command.Id, effective, Scopes.HierarchyWrite);
        AccessPolicy.RequireUnitAdministration(context.Actor, context.Snapshot, before?.Version.ParentId, effective, Scopes.HierarchyWrite);
        AccessPolicy.RequireUnitAdministration(context.Actor, context.Snapshot, command.NewParentId, effective, Scopes.HierarchyWrite);
        var unit = context.Hierarchy.Get(command.Id);
        if (command.NewParentId is { } parentId)
        {
            context.Hierarchy.Get(parentId, "new_parent_id");
        }

        unit.RequireVersion(command.ExpectedVersion);
        var moved = unit.ChangeFrom(effective, a => a with { ParentId = command.NewParentId });
        context.Hierarchy.Put(moved);
        HierarchyRules.CheckAll(context.Hierarchy, [unit.Id]);
        return new UnitView(moved, moved.At(effective)!);
    }
}
