using Chancery.Core.Delegations;
using Chancery.Core.Time;
using Chancery.Server.Grpc;

namespace Chancery.Server.Reorganizations;

/// <summary>What a change does to other features, as the answers of Positions and Reorganizations show it: ended delegations and signer gaps.</summary>
public static class EffectsMapping
{
    public static V1.EndedDelegation ToMessage(this EndedDelegation e)
    {
        var message = new V1.EndedDelegation
        {
            Id = e.Id.ToString(),
            Version = e.Version,
            Kind = e.Kind switch { DelegationKind.Assignment => "assignment", DelegationKind.Authorization => "authorization", _ => "by_order" },
            UnitId = e.UnitId.ToString(),
            PassedFromId = e.PassedFromId?.ToString() ?? "",
            DelegatorOfficialId = e.DelegatorOfficialId.ToString(),
            DelegatorName = e.DelegatorName,
            DelegateOfficialId = e.DelegateOfficialId.ToString(),
            DelegateName = e.DelegateName,
            ValidFrom = IsoDate.Format(e.ValidFrom),
            EndedBefore = IsoDate.Format(e.EndedBefore),
            EndsOn = IsoDate.Format(e.EndsOn),
            Cancelled = e.Cancelled,
            Basis = e.Basis.ToMessage(),
            OperationIndex = e.OperationIndex,
            Label = e.Label ?? "",
        };
        message.FieldCodes.AddRange(e.Fields);
        message.DocumentKinds.AddRange(e.DocumentKinds);
        return message;
    }

    /// <summary>Outside a plan no operation is named: the index is 0, as the contract says.</summary>
    public static IEnumerable<V1.EndedDelegation> ToMessagesOutsidePlan(this IEnumerable<EndedDelegation> ended) =>
        ended.Select(e => (e with { OperationIndex = 0, Label = null }).ToMessage());

    public static V1.SignerGap ToMessage(this SignerGap g)
    {
        var message = new V1.SignerGap
        {
            UnitId = g.UnitId.ToString(), Name = g.Name, NoSigner = g.NoSigner, OperationIndex = g.OperationIndex, Label = g.Label ?? "",
        };
        message.FieldCodes.AddRange(g.Fields);
        return message;
    }
}
