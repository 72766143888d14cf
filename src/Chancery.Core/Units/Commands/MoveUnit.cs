using Chancery.Core.Errors;
using Chancery.Core.Registry;

namespace Chancery.Core.Units.Commands;

public sealed record MoveUnitCommand(Guid Id, Guid? NewParentId, long ExpectedVersion, DateOnly? EffectiveDate) : Command
{
    public MoveUnitCommand Validated()
    {
        var errors = Errors();
        UnitInput.ExpectedVersion(ExpectedVersion, errors);
        if (NewParentId == Id)
        {
            errors.Add("new_parent_id", "A unit cannot be its own parent.");
        }

        errors.ThrowIfAny();
        return this;
    }
}

public static class MoveUnit
{
    /// <summary>Puts the unit under the new parent from the effective date (default today) on.</summary>
    public static UnitView Apply(WriteContext context, MoveUnitCommand command)
    {
        var c = command.Validated();
        var effective = c.EffectiveDate ?? context.Today;
        var moved = UnitChanges.Move(context, c.Id, c.NewParentId, effective, c.ExpectedVersion);
        context.CheckRules();
        return new UnitView(moved, moved.At(effective)!);
    }
}
