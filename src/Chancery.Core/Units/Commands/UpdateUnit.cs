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
    long ExpectedVersion, DateOnly? EffectiveDate) : Command
{
    /// <summary>The command checked and cleaned: only the attributes the mask names are checked.</summary>
    public UpdateUnitCommand Validated()
    {
        var errors = Errors();
        if (Fields == UnitFields.None)
        {
            if (errors.Any)
            {
                // the mask named nothing the update knows (already said); the attributes are not checked against it
                errors.ThrowIfAny();
            }

            errors.Add("update_mask", "Name at least one of: name, short_name, kind, code.");
        }

        var valid = this with
        {
            Name = Fields.HasFlag(UnitFields.Name) ? UnitInput.Name(Name, errors) : Name,
            ShortName = Fields.HasFlag(UnitFields.ShortName) ? UnitInput.ShortName(ShortName, errors) : ShortName,
            Kind = Fields.HasFlag(UnitFields.Kind) ? UnitInput.Kind(Kind, errors) : Kind,
            Code = Fields.HasFlag(UnitFields.Code) ? UnitInput.Code(Code, errors) : Code,
        };
        UnitInput.ExpectedVersion(ExpectedVersion, errors);
        errors.ThrowIfAny();
        return valid;
    }
}

public static class UpdateUnit
{
    /// <summary>Changes the named attributes from the effective date (default today) to the end of the unit's existence.</summary>
    public static UnitView Apply(WriteContext context, UpdateUnitCommand command)
    {
        var c = command.Validated();
        var fields = c.Fields;
        var effective = c.EffectiveDate ?? context.Today;
        var changed = UnitChanges.Change(context, c.Id, effective, a => a with
        {
            Name = fields.HasFlag(UnitFields.Name) ? c.Name! : a.Name,
            ShortName = fields.HasFlag(UnitFields.ShortName) ? c.ShortName : a.ShortName,
            Kind = fields.HasFlag(UnitFields.Kind) ? c.Kind : a.Kind,
            Code = fields.HasFlag(UnitFields.Code) ? c.Code : a.Code,
        }, c.ExpectedVersion);
        context.CheckRules();
        return new UnitView(changed, changed.At(effective)!);
    }
}
