using Chancery.Core.Delegations;
using Chancery.Core.Registry;
using Chancery.Core.Positions;
using Chancery.Core.Time;
using Chancery.Server.Grpc;

namespace Chancery.Server.Delegations;

/// <summary>Hand-written mapping between delegations, signers and their messages.</summary>
public static class DelegationsMapping
{
    public static V1.Delegation ToMessage(this DelegationState d, RegistrySnapshot snapshot)
    {
        var positions = snapshot.Positions;
        var message = new V1.Delegation
        {
            Id = d.Id.ToString(),
            Kind = (V1.DelegationKind)(int)d.Kind,
            UnitId = d.UnitId.ToString(),
            DelegatorOfficialId = d.DelegatorOfficialId.ToString(),
            DelegatorAppointmentId = d.DelegatorAppointmentId.ToString(),
            DelegateOfficialId = d.DelegateOfficialId.ToString(),
            DelegateAppointmentId = d.DelegateAppointmentId.ToString(),
            PassedFromId = d.PassedFromId?.ToString() ?? "",
            Scope = d.Scope ?? "",
            RunsUnitFrom = IsoDate.Format(d.RunsUnit?.From),
            RunsUnitTo = IsoDate.Format(d.RunsUnit?.To),
            ValidFrom = IsoDate.Format(d.From),
            ValidTo = IsoDate.Format(d.To),
            RevokedFrom = IsoDate.Format(d.RevokedFrom),
            EffectiveTo = IsoDate.Format(DelegationPeriods.Effective(d, positions.FindAppointment, snapshot.Delegations.Find).To),
            Basis = d.Basis.ToMessage(),
            OverlapReason = d.OverlapReason ?? "",
            Version = d.Version,
            DelegatorName = positions.FindOfficial(d.DelegatorOfficialId)?.FullName ?? "",
            DelegateName = positions.FindOfficial(d.DelegateOfficialId)?.FullName ?? "",
            WhileHeadVacant = d.Kind == Core.Delegations.DelegationKind.Assignment && d.PassedFromId is null &&
                positions.FindAppointment(d.DelegatorAppointmentId) is { } a && positions.FindPosition(a.PositionId)?.UnitId != d.UnitId,
        };
        message.FieldCodes.AddRange(d.Fields);
        message.SupervisedUnitIds.AddRange(d.SupervisedUnits.Select(u => u.ToString()));
        message.DocumentKinds.AddRange(d.DocumentKinds);
        return message;
    }

    public static V1.Signer ToMessage(this Signer s)
    {
        var message = new V1.Signer
        {
            OfficialId = s.Official.Id.ToString(),
            OfficialName = s.Official.FullName,
            PositionId = s.Position.Id.ToString(),
            PositionTitle = s.Position.Title,
            UnitId = s.Position.UnitId.ToString(),
            Form = (V1.SigningForm)(int)s.Form,
            DelegationId = s.Delegation?.Id.ToString() ?? "",
            RunsUnit = s.RunsUnit,
            Match = (V1.AuthorityMatch)(int)s.Match,
            Note = s.Note ?? "",
            Scope = s.Scope ?? "",
        };
        message.SignatureBlock.AddRange(s.SignatureBlock);
        message.Chain.AddRange(s.Chain.Select(c => new V1.ChainLink
        {
            Kind = c.Kind,
            Id = c.Id.ToString(),
            Description = c.Description,
            Basis = c.Basis.ToMessage(),
            ValidFrom = IsoDate.Format(c.Period.From),
            ValidTo = IsoDate.Format(c.Period.To),
        }));
        return message;
    }
}
