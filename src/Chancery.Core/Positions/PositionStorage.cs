using Chancery.Core.Kernel;
using Chancery.Core.Text;
using Chancery.Core.Time;

namespace Chancery.Core.Positions;

/// <summary>Between stored rows and states.</summary>
public static class PositionStorage
{
    public static PositionState ToState(Position p) => new(p.Id, p.Version, p.UnitId, p.Title, p.Role, p.CollectiveBody, p.ValidFrom, p.ValidTo);

    public static AppointmentState ToState(Appointment a) =>
        new(a.Id, a.Version, a.OfficialId, a.PositionId, a.Kind, a.ValidFrom, a.ValidTo, new LegalBasis(a.BasisNumber, a.BasisDate, a.BasisIssuer, a.BasisTitle));

    public static OfficialState ToState(Official o) => new(o.Id, o.Version, o.FullName, o.RankCode);

    public static void Apply(Position row, PositionState s)
    {
        (row.Id, row.Version, row.UnitId, row.Title, row.Role, row.CollectiveBody, row.ValidFrom, row.ValidTo) =
            (s.Id, s.Version, s.UnitId, s.Title, s.Role, s.CollectiveBody, s.From, s.To);
    }

    public static void Apply(Appointment row, AppointmentState s)
    {
        (row.Id, row.Version, row.OfficialId, row.PositionId, row.Kind, row.ValidFrom, row.ValidTo) =
            (s.Id, s.Version, s.OfficialId, s.PositionId, s.Kind, s.From, s.To);
        (row.BasisNumber, row.BasisDate, row.BasisIssuer, row.BasisTitle) = (s.Basis.Number, s.Basis.Date, s.Basis.Issuer, s.Basis.Title);
    }

    public static void Apply(Official row, OfficialState s)
    {
        (row.Id, row.Version, row.FullName, row.SearchKey, row.RankCode) = (s.Id, s.Version, s.FullName, s.SearchKey, s.RankCode);
    }
}
