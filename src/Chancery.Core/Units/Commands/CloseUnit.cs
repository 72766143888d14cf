using Chancery.Core.Errors;
using Chancery.Core.Registry;

namespace Chancery.Core.Units.Commands;

/// <param name="ClosePositions">Close the unit's positions (ending their appointments) with it; without it, positions open after the date refuse the closing.</param>
public sealed record CloseUnitCommand(Guid Id, long ExpectedVersion, DateOnly? EffectiveDate, string? Reason, bool ClosePositions = false)
{
    public void Check(InputErrors errors)
    {
        UnitInput.ExpectedVersion(ExpectedVersion, errors);
        UnitInput.Reason(Reason, errors);
    }
}

public static class CloseUnit
{
    /// <summary>Ends the unit from the effective date (default today), its first day of non-existence.</summary>
    public static UnitView Apply(WriteContext context, CloseUnitCommand command)
    {
        var errors = new InputErrors();
        command.Check(errors);
        errors.ThrowIfAny();

        var effective = command.EffectiveDate ?? context.Today;
        var closed = UnitChanges.Close(context, command.Id, effective, command.ExpectedVersion, endDependants: command.ClosePositions);

        context.CheckRules();
        return new UnitView(closed, closed.Versions[^1]);
    }
}
