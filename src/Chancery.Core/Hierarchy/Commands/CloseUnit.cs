using Chancery.Core.Errors;
using Chancery.Core.Registry;

namespace Chancery.Core.Hierarchy.Commands;

public sealed record CloseUnitCommand(Guid Id, long ExpectedVersion, DateOnly? EffectiveDate, string? Reason)
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

        var unit = context.Hierarchy.Get(command.Id);
        unit.RequireVersion(command.ExpectedVersion);
        var closed = unit.CloseOn(command.EffectiveDate ?? context.Today);
        context.Hierarchy.Put(closed);
        HierarchyRules.CheckAll(context.Hierarchy, [unit.Id]);
        return new UnitView(closed, closed.Versions[^1]);
    }
}
