using Chancery.Core.Errors;
using Chancery.Core.Positions;
using Chancery.Server.Grpc;
using Chancery.V1;

namespace Chancery.Server.Positions;

/// <summary>The positions' requests as the core's commands: ids, dates, enums, masks and the basis parsed here, their violations carried into the command.</summary>
public static class PositionCommandMapping
{
    [Flags]
    private enum OfficialPaths
    {
        None = 0,
        FullName = 1,
        RankCode = 2,
    }

    private static readonly IReadOnlyDictionary<string, OfficialPaths> Paths = new Dictionary<string, OfficialPaths>
    {
        ["full_name"] = OfficialPaths.FullName,
        ["rank_code"] = OfficialPaths.RankCode,
    };

    public static CreatePositionCommand ToCommand(this CreatePositionRequest r)
    {
        var errors = new InputErrors();
        return new CreatePositionCommand(
            RequestFields.Id(r.UnitId, "unit_id", errors), r.Title, (Core.Positions.PositionRole)(int)r.Role, r.CollectiveBody,
            RequestFields.OptionalDate(r.ValidFrom, "valid_from", errors)) { Unparsed = errors.Violations };
    }

    public static ClosePositionCommand ToCommand(this ClosePositionRequest r)
    {
        var errors = new InputErrors();
        return new ClosePositionCommand(
            RequestFields.Id(r.Id, "id", errors), r.ExpectedVersion, RequestFields.OptionalDate(r.EffectiveDate, "effective_date", errors), r.EndAppointments)
        { Unparsed = errors.Violations };
    }

    public static CreateOfficialCommand ToCommand(this CreateOfficialRequest r) => new(r.FullName, r.RankCode);

    public static UpdateOfficialCommand ToCommand(this UpdateOfficialRequest r)
    {
        var errors = new InputErrors();
        var id = RequestFields.Id(r.Id, "id", errors);
        var paths = FieldMasks.Parse(r.UpdateMask, Paths, errors);
        return new UpdateOfficialCommand(id, paths.HasFlag(OfficialPaths.FullName), r.FullName, paths.HasFlag(OfficialPaths.RankCode), r.RankCode, r.ExpectedVersion)
        { Unparsed = errors.Violations };
    }

    public static AppointCommand ToCommand(this AppointRequest r)
    {
        var errors = new InputErrors();
        return new AppointCommand(
            RequestFields.Id(r.OfficialId, "official_id", errors), RequestFields.Id(r.PositionId, "position_id", errors),
            (Core.Positions.AppointmentKind)(int)r.Kind, RequestFields.OptionalDate(r.ValidFrom, "valid_from", errors),
            RequestFields.OptionalDate(r.ValidTo, "valid_to", errors), BasisMapping.Basis(r.Basis, errors, "basis"))
        { Unparsed = errors.Violations };
    }

    public static EndAppointmentCommand ToCommand(this EndAppointmentRequest r)
    {
        var errors = new InputErrors();
        return new EndAppointmentCommand(RequestFields.Id(r.Id, "id", errors), r.ExpectedVersion, RequestFields.OptionalDate(r.EffectiveDate, "effective_date", errors))
        { Unparsed = errors.Violations };
    }
}
