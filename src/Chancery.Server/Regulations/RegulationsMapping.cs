using Chancery.Core.Errors;
using Chancery.Core.Regulations;
using Chancery.Core.Regulations.Text;
using Chancery.Core.Time;
using Chancery.Server.Grpc;

namespace Chancery.Server.Regulations;

/// <summary>Regulations, versions and provisions between the core's states and the contract's messages.</summary>
public static class RegulationsMapping
{
    public static V1.Regulation ToMessage(this RegulationState r) => new()
    {
        Id = r.Id.ToString(), UnitId = r.UnitId.ToString(), Kind = (V1.RegulationKind)r.Kind, Identifier = r.Identifier, Year = r.Year, Number = r.Number,
        Title = r.Title, RepealedFrom = IsoDate.Format(r.RepealedFrom), RepealBasis = r.Repeal is { } d ? Basis(d) : null,
        ReplacesRegulationId = r.ReplacesId?.ToString() ?? "", Version = r.Version,
    };

    public static V1.RegulationVersion ToMessage(this VersionState v, RegulationsSnapshot snapshot, bool withBody = true)
    {
        var period = snapshot.Period(v);
        var message = new V1.RegulationVersion
        {
            Id = v.Id.ToString(), RegulationId = v.RegulationId.ToString(), Number = v.Number, Status = (V1.VersionStatus)v.Status,
            Decision = v.Decision is { } d ? ToMessage(d) : null, EffectiveFrom = IsoDate.Format(v.EffectiveFrom),
            EffectiveTo = IsoDate.Format(period?.Period.To), EndedBy = period?.EndedBy ?? "", AmendsVersionId = v.AmendsId?.ToString() ?? "",
            Version = v.Version, Title = v.Title ?? "",
        };
        message.Operations.AddRange(v.Operations.Select(ToMessage));
        if (withBody)
        {
            message.Body.AddRange(Messages(v.Body.Provisions, []));
        }

        return message;
    }

    public static IEnumerable<V1.Provision> Messages(IReadOnlyList<Provision> provisions, List<Provision> path)
    {
        foreach (var p in provisions)
        {
            path.Add(p);
            var message = ToMessage(p, ProvisionIds.Eid(path));
            message.Children.AddRange(Messages(p.Children, path));
            path.RemoveAt(path.Count - 1);
            yield return message;
        }
    }

    public static V1.Provision ToMessage(Provision p, string eid) => new()
    {
        Level = (V1.ProvisionLevel)p.Kind, Number = p.Number, Heading = p.Heading ?? "", Text = p.Text, Eid = eid, Guid = p.Guid.ToString(),
    };

    public static List<Provision> FromMessages(IEnumerable<V1.Provision> provisions, InputErrors errors, string field) =>
        provisions.Select((p, i) => FromMessage(p, errors, $"{field}[{i}]")).ToList();

    public static Provision FromMessage(V1.Provision p, InputErrors errors, string field) => new(
        RequestFields.OptionalId(p.Guid, $"{field}.guid", errors) ?? Guid.Empty, (ProvisionKind)p.Level, p.Number, p.Heading, p.Text,
        FromMessages(p.Children, errors, $"{field}.children"));

    public static List<AmendmentOperation> FromMessages(IEnumerable<V1.AmendmentOperation> operations, InputErrors errors) =>
        operations.Select((o, i) => new AmendmentOperation(
            (AmendmentAction)o.Action, RequestFields.OptionalId(o.TargetGuid, $"operations[{i}].target_guid", errors),
            RequestFields.OptionalId(o.ParentGuid, $"operations[{i}].parent_guid", errors), RequestFields.OptionalId(o.AfterGuid, $"operations[{i}].after_guid", errors),
            o.Provision is { } p ? FromMessage(p, errors, $"operations[{i}].provision") : null)).ToList();

    public static DecisionInput FromMessage(V1.Decision? d, InputErrors errors)
    {
        d ??= new V1.Decision();
        return new DecisionInput(d.Number, RequestFields.OptionalDate(d.Date, "decision.date", errors),
            RequestFields.OptionalId(d.SignerOfficialId, "decision.signer_official_id", errors) ?? Guid.Empty, (Core.Delegations.SigningForm)d.SigningForm, d.Title);
    }

    private static V1.AmendmentOperation ToMessage(AmendmentOperation o) => new()
    {
        Action = (V1.AmendmentAction)o.Action, TargetGuid = o.Target?.ToString() ?? "", ParentGuid = o.Parent?.ToString() ?? "", AfterGuid = o.After?.ToString() ?? "",
        Provision = o.Provision is { } p ? Messages([p], []).Single() : null,
    };

    private static V1.Decision ToMessage(RegulationDecision d)
    {
        var message = new V1.Decision
        {
            Number = d.Number, Date = IsoDate.Format(d.Date), SignerOfficialId = d.SignerOfficialId.ToString(), SigningForm = (V1.SigningForm)d.Form,
            SignerName = d.SignerName, SignerPosition = d.SignerPosition, Title = d.Title ?? "",
        };
        message.SignatureBlock.AddRange(d.SignatureBlock);
        return message;
    }

    private static V1.Basis Basis(RegulationDecision d) => new() { Number = d.Number, Date = IsoDate.Format(d.Date), Title = d.Title ?? "" };
}
