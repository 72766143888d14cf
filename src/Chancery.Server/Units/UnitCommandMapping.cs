using Chancery.Core.Errors;
using Chancery.Core.Units.Commands;
using Chancery.Server.Grpc;
using Chancery.V1;

namespace Chancery.Server.Units;

/// <summary>The hierarchy's requests as the core's commands: ids, dates, enums and field masks parsed here, their violations carried into the command.</summary>
public static class UnitCommandMapping
{
    public static CreateUnitCommand ToCommand(this CreateUnitRequest r)
    {
        var errors = new InputErrors();
        return new CreateUnitCommand(
            r.Name, r.ShortName, r.Kind.ToCore(), RequestFields.OptionalId(r.ParentId, "parent_id", errors), r.Code,
            RequestFields.OptionalDate(r.ValidFrom, "valid_from", errors)) { Unparsed = errors.Violations };
    }

    public static UpdateUnitCommand ToCommand(this UpdateUnitRequest r)
    {
        var errors = new InputErrors();
        var id = RequestFields.Id(r.Id, "id", errors);
        var effective = RequestFields.OptionalDate(r.EffectiveDate, "effective_date", errors);
        var fields = FieldMasks.Parse(r.UpdateMask, Paths, errors, "the parent changes with MoveUnit");
        return new UpdateUnitCommand(id, fields, r.Name, r.ShortName, r.Kind.ToCore(), r.Code, r.ExpectedVersion, effective) { Unparsed = errors.Violations };
    }

    public static MoveUnitCommand ToCommand(this MoveUnitRequest r)
    {
        var errors = new InputErrors();
        return new MoveUnitCommand(
            RequestFields.Id(r.Id, "id", errors), RequestFields.OptionalId(r.NewParentId, "new_parent_id", errors), r.ExpectedVersion,
            RequestFields.OptionalDate(r.EffectiveDate, "effective_date", errors)) { Unparsed = errors.Violations };
    }

    public static CloseUnitCommand ToCommand(this CloseUnitRequest r)
    {
        var errors = new InputErrors();
        return new CloseUnitCommand(
            RequestFields.Id(r.Id, "id", errors), r.ExpectedVersion, RequestFields.OptionalDate(r.EffectiveDate, "effective_date", errors), r.ClosePositions)
        { Unparsed = errors.Violations };
    }

    private static readonly IReadOnlyDictionary<string, UnitFields> Paths = new Dictionary<string, UnitFields>
    {
        ["name"] = UnitFields.Name,
        ["short_name"] = UnitFields.ShortName,
        ["kind"] = UnitFields.Kind,
        ["code"] = UnitFields.Code,
    };
}
