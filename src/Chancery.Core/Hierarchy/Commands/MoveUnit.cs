using Chancery.Core.Errors;
using Chancery.Core.Registry;

namespace Chancery.Core.Hierarchy.Commands;

public sealed record MoveUnitCommand(Guid Id, Guid? NewParentId, long ExpectedVersion, DateOnly? EffectiveDate, string? Reason);

public static class MoveUnit
{
    /// <summary>Puts the unit under the new parent from the effective date (default today) on.</summary>
    public static UnitView Apply(WriteContext context, MoveUnitCommand command)
    {
        var errors = new InputErrors();
        UnitInput.ExpectedVersion(command.ExpectedVersion, errors);
        UnitInput.Reason(command.Reason, errors);
        if (command.NewParentId == command.Id)
        {
            errors.Add("new_parent_id", "A unit cannot be its own parent.");
        }

        errors.ThrowIfAny();

        var unit = context.Hierarchy.Get(command.Id);
        if (command.NewParentId is { } parentId)
        {
            context.Hierarchy.Get(parentId, "new_parent_id");
        }

        unit.RequireVersion(command.ExpectedVersion);
        var effective = command.EffectiveDate ?? context.Today;
        var moved = unit.ChangeFrom(effective, a => a with { ParentId = command.NewParentId });
        context.Hierarchy.Put(moved);
        HierarchyRules.CheckAll(context.Hierarchy, [unit.Id]);
        return new UnitView(moved, moved.At(effective)!);
    }
}
