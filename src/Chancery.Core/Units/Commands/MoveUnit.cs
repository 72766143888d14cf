using Chancery.Core.Errors;
using Chancery.Core.Registry;

namespace Chancery.Core.Units.Commands;

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
        var moved = UnitChanges.Move(context, command.Id, command.NewParentId, effective, command.ExpectedVersion);
        context.CheckRules();
        return new UnitView(moved, moved.At(effective)!);
    }
}
