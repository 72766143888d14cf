using Chancery.Core.Errors;
using Chancery.Core.Registry;

namespace Chancery.Core.Units.Commands;

/// <summary>The attributes an update may change; the gRPC field mask names them.</summary>
[Flags]
public enum UnitFields
{
    None = 0,
    Name = 1,
    ShortName = 2,
    Kind = 4,
    Code = 8,
}

public sealed record UpdateUnitCommand(
    Guid Id, UnitFields Fields, string? Name, string? ShortName, UnitKind Kind, string? Code,
    long ExpectedVersion, DateOnly? EffectiveDate, string? Reason)
{
    public void Check(InputErrors errors)
    {
        if (Fields == UnitFields.None)
        {
            errors.Add("update_mask", "Name at least one of: name, short_name, kind, code.");
        }

        if (Fields.HasFlag(UnitFields.Name))
        {
            UnitInput.Name(Name, errors);
        }

        if (Fields.HasFlag(UnitFields.ShortName))
        {
            UnitInput.ShortName(ShortName, errors);
        }

        if (Fields.HasFlag(UnitFields.Kind))
        {
            UnitInput.Kind(Kind, errors);
        }

        if (Fields.HasFlag(UnitFields.Code))
        {
            UnitInput.Code(Code, errors);
        }

        UnitInput.ExpectedVersion(ExpectedVersion, errors);
        UnitInput.Reason(Reason, errors);
    }
}

public static class UpdateUnit
{
    /// <summary>Changes the named attributes from the effective date (default today) to the end of the unit's existence.</summary>
    public static UnitView Apply(WriteContext context, UpdateUnitCommand command)
    {
        var errors = new InputErrors();
        command.Check(errors);
        errors.ThrowIfAny();

        var fields = command.Fields;
        var name = UnitInput.Name(command.Name, errors);
        var shortName = UnitInput.ShortName(command.ShortName, errors);
        var code = UnitInput.Code(command.Code, errors);

        var effective = command.EffectiveDate ?? context.Today;
        var changed = UnitChanges.Change(context, command.Id, effective, a => a with
        {
            Name = fields.HasFlag(UnitFields.Name) ? name : a.Name,
            ShortName = fields.HasFlag(UnitFields.ShortName) ? shortName : a.ShortName,
            Kind = fields.HasFlag(UnitFields.Kind) ? command.Kind : a.Kind,
            Code = fields.HasFlag(UnitFields.Code) ? code : a.Code,
        }, command.ExpectedVersion);
        context.CheckRules();
        return new UnitView(changed, changed.At(effective)!);
    }
}
