using Chancery.Core.Kernel;
using Chancery.Core.Time;

namespace Chancery.Core.Delegations;

/// <summary>Between stored rows and states.</summary>
public static class DelegationStorage
{
    public static DelegationState ToState(Delegation d) => new(
        d.Id, d.Version, d.Kind, d.UnitId, d.DelegatorAppointmentId, d.DelegatorOfficialId, d.DelegateAppointmentId, d.DelegateOfficialId, d.PassedFromId,
        Split(d.Fields, ' '), Split(d.SupervisedUnits, ' ').Select(Guid.Parse).ToArray(), Split(d.DocumentKinds, '\n'), d.Scope,
        d.RunsUnitFrom is { } from ? new Period(from, d.RunsUnitTo) : null, d.ValidFrom, d.ValidTo, d.RevokedFrom, d.OverlapReason,
        new LegalBasis(d.BasisNumber, d.BasisDate, d.BasisIssuer, d.BasisTitle));

    public static void Apply(Delegation row, DelegationState s)
    {
        (row.Id, row.Version, row.Kind, row.UnitId, row.PassedFromId) = (s.Id, s.Version, s.Kind, s.UnitId, s.PassedFromId);
        (row.DelegatorAppointmentId, row.DelegatorOfficialId, row.DelegateAppointmentId, row.DelegateOfficialId) =
            (s.DelegatorAppointmentId, s.DelegatorOfficialId, s.DelegateAppointmentId, s.DelegateOfficialId);
        (row.Fields, row.SupervisedUnits, row.DocumentKinds, row.Scope) =
            (string.Join(' ', s.Fields), string.Join(' ', s.SupervisedUnits), string.Join('\n', s.DocumentKinds), s.Scope);
        (row.RunsUnitFrom, row.RunsUnitTo) = (s.RunsUnit?.From, s.RunsUnit?.To);
        (row.ValidFrom, row.ValidTo, row.RevokedFrom, row.OverlapReason) = (s.From, s.To, s.RevokedFrom, s.OverlapReason);
        (row.BasisNumber, row.BasisDate, row.BasisIssuer, row.BasisTitle) = (s.Basis.Number, s.Basis.Date, s.Basis.Issuer, s.Basis.Title);
    }

    private static string[] Split(string text, char separator) => text.Split(separator, StringSplitOptions.RemoveEmptyEntries);
}
