using Chancery.Core.Errors;
using Chancery.Core.Registry;

namespace Chancery.Core.Units.Commands;

public sealed record CreateUnitCommand(string? Name, string? ShortName, UnitKind Kind, Guid? ParentId, string? Code, DateOnly? ValidFrom) : Command
{
    /// <summary>The command checked and cleaned (names NFC and trimmed, the code normalized); throws every violation together.</summary>
    public CreateUnitCommand Validated()
    {
        var errors = Errors();
        var valid = this with
        {
            Name = UnitInput.Name(Name, errors),
            ShortName = UnitInput.ShortName(ShortName, errors),
            Kind = UnitInput.Kind(Kind, errors),
            Code = UnitInput.Code(Code, errors),
        };
        errors.ThrowIfAny();
        return valid;
    }
}

public static class CreateUnit
{
    /// <summary>Adds the unit to the draft from its first day (default today); returns it as of that day.</summary>
    public static UnitView Apply(WriteContext context, CreateUnitCommand command, Guid id)
    {
        var c = command.Validated();
        var from = c.ValidFrom ?? context.Today;
        var unit = UnitChanges.Establish(context, id, new NewUnit(c.Name!, c.ShortName, c.Kind, c.ParentId, c.Code), from);
        context.CheckRules();
        return new UnitView(unit, unit.Versions[0]);
    }
}
