using Chancery.Core.Positions;
using Chancery.Core.Time;
using Chancery.Server.Grpc;

namespace Chancery.Server.Positions;

/// <summary>Hand-written mapping between positions, officials, appointments and their messages.</summary>
public static class PositionsMapping
{
    public static V1.Position ToMessage(this PositionState p) => new()
    {
        Id = p.Id.ToString(),
        UnitId = p.UnitId.ToString(),
        Title = p.Title,
        Role = (V1.PositionRole)(int)p.Role,
        CollectiveBody = p.CollectiveBody,
        ValidFrom = IsoDate.Format(p.From),
        ValidTo = IsoDate.Format(p.To),
        Version = p.Version,
    };

    public static V1.Official ToMessage(this OfficialState o) => new()
    {
        Id = o.Id.ToString(),
        FullName = o.FullName,
        RankCode = o.RankCode ?? "",
        RankName = Ranks.Find(o.RankCode)?.Name ?? "",
        Version = o.Version,
    };

    public static V1.Appointment ToMessage(this AppointmentState a, PositionState? position, OfficialState? official) => new()
    {
        Id = a.Id.ToString(),
        OfficialId = a.OfficialId.ToString(),
        PositionId = a.PositionId.ToString(),
        Kind = (V1.AppointmentKind)(int)a.Kind,
        ValidFrom = IsoDate.Format(a.From),
        ValidTo = IsoDate.Format(a.To),
        Basis = a.Basis.ToMessage(),
        Version = a.Version,
        UnitId = position?.UnitId.ToString() ?? "",
        PositionTitle = position?.Title ?? "",
        OfficialName = official?.FullName ?? "",
    };

    public static V1.StaffedPosition ToMessage(this StaffedPosition staffed)
    {
        var message = new V1.StaffedPosition { Position = staffed.Position.ToMessage(), Vacant = staffed.Vacant };
        message.Holders.AddRange(staffed.Holders.Select(h => new V1.Holder
        {
            Appointment = h.Appointment.ToMessage(staffed.Position, h.Official),
            Official = h.Official.ToMessage(),
            DisplayTitle = h.Appointment.Kind == AppointmentKind.Acting ? "Q. " + staffed.Position.Title : staffed.Position.Title,
        }));
        return message;
    }
}
