using Chancery.Core.Errors;
using Chancery.Core.Registry;

namespace Chancery.Core.Hierarchy.Commands;

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
    long ExpectedVersion, DateOnly? EffectiveDate, string? Reason);

public static class UpdateUnit
{
    /// <summary>Changes the named attributes from the effective date (default today) to the end of the unit's existence.</summary>
    public static UnitView Apply(WriteContext context, UpdateUnitCommand command)
    {
        var errors = new InputErrors();
        if (command.Fields == UnitFields.None)
        {
            errors.Add("update_mask", "Name at least one of: name, short_name, kind, code.");
        }

        var fields = command.Fields;
        var name = fields.HasFlag(UnitFields.Name) ? UnitInput.Name(command.Name, errors) : null;
        var shortName = fields.HasFlag(UnitFields.ShortName) ? UnitInput.ShortName(command.ShortName, errors) : null;
        var kind = fields.HasFlag(UnitFields.Kind) ? UnitInput.Kind(command.Kind, errors) : UnitKind.Unspecified;
        var code = fields.HasFlag(UnitFields.Code) ? UnitInput.Code(command.Code, errors) : null;
        UnitInput.ExpectedVersion(command.ExpectedVersion, errors);
        UnitInput.Reason(command.Reason, errors);
        errors.ThrowIfAny();

        var unit = context.Hierarchy.Get(command.Id);
        unit.RequireVersion(command.ExpectedVersion);
        var effective = command.EffectiveDate ?? context.Today;
        var changed = unit.ChangeFrom(effective, a => a with
        {
            Name = fields.HasFlag(UnitFields.Name) ? name! : a.Name,
            ShortName = fields.HasFlag(UnitFields.ShortName) ? shortName : a.ShortName,
            Kind = fields.HasFlag(UnitFields.Kind) ? kind : a.Kind,
            Code = fields.HasFlag(UnitFields.Code) ? code : a.Code,
        });
        context.Hierarchy.Put(changed);
        HierarchyRules.CheckAll(context.Hierarchy, [unit.Id]);
        return new UnitView(changed, changed.At(effective)!);
    }
}
