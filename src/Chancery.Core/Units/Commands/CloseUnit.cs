using Chancery.Core.Errors;
using Chancery.Core.Registry;

namespace Chancery.Core.Units.Commands;

/// <param name="ClosePositions">Close the unit's positions (ending their appointments) with it; without it, positions open after the date refuse the closing.</param>
public sealed record CloseUnitCommand(Guid Id, long ExpectedVersion, DateOnly? EffectiveDate, bool ClosePositions = false) : Command
{
    public CloseUnitCommand Validated()
    {
        var errors = Errors();
        UnitInput.ExpectedVersion(ExpectedVersion, errors);
        errors.ThrowIfAny();
        return this;
    }
}

public static class CloseUnit
{
    /// <summary>Ends the unit from the effective date (default today), its first day of non-existence.</summary>
    public static UnitView Apply(WriteContext context, CloseUnitCommand command)
    {
        var c = command.Validated();
        var effective = c.EffectiveDate ?? context.Today;
        var closed = UnitChanges.Close(context, c.Id, effective, c.ExpectedVersion, endDependants: c.ClosePositions);
        context.CheckRules();
        return new UnitView(closed, closed.Versions[^1]);
    }
}
