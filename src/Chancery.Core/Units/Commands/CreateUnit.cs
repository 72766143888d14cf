using Chancery.Core.Errors;
using Chancery.Core.Registry;

namespace Chancery.Core.Units.Commands;

public sealed record CreateUnitCommand(
    string? Name, string? ShortName, UnitKind Kind, Guid? ParentId, string? Code, DateOnly? ValidFrom, string? Reason)
{
    public void Check(InputErrors errors)
    {
        UnitInput.Name(Name, errors);
        UnitInput.ShortName(ShortName, errors);
        UnitInput.Kind(Kind, errors);
        UnitInput.Code(Code, errors);
        UnitInput.Reason(Reason, errors);
    }
}

public static class CreateUnit
{
    /// <summary>Adds the unit to the draft from its first day (default today); returns it as of that day.</summary>
    public static UnitView Apply(WriteContext context, CreateUnitCommand command, Guid id)
    {
        var errors = new InputErrors();
        var name = UnitInput.Name(command.Name, errors);
        var shortName = UnitInput.ShortName(command.ShortName, errors);
        var kind = UnitInput.Kind(command.Kind, errors);
        var code = UnitInput.Code(command.Code, errors);
        UnitInput.Reason(command.Reason, errors);
        errors.ThrowIfAny();

        var from = command.ValidFrom ?? context.Today;
        var unit = UnitChanges.Establish(context, id, new NewUnit(name, shortName, kind, command.ParentId, code), from);
        context.CheckRules();
        return new UnitView(unit, unit.Versions[0]);
    }
}
