using Chancery.Core.Delegations;
using Chancery.Core.Errors;
using Chancery.Server.Grpc;
using Chancery.V1;

namespace Chancery.Server.Delegations;

/// <summary>The delegations' requests as the core's commands: ids, dates and the basis parsed here, their violations carried into the command.</summary>
public static class DelegationCommandMapping
{
    public static CreateDelegationCommand ToCommand(this AssignRequest r)
    {
        var errors = new InputErrors();
        return new CreateDelegationCommand(
            Core.Delegations.DelegationKind.Assignment, RequestFields.Id(r.UnitId, "unit_id", errors),
            RequestFields.Id(r.DelegatorOfficialId, "delegator_official_id", errors), RequestFields.Id(r.DelegateOfficialId, "delegate_official_id", errors), null,
            [.. r.FieldCodes], Ids(r.SupervisedUnitIds, "supervised_unit_ids", errors), [], null,
            RequestFields.OptionalDate(r.RunsUnitFrom, "runs_unit_from", errors), RequestFields.OptionalDate(r.RunsUnitTo, "runs_unit_to", errors),
            RequestFields.OptionalDate(r.ValidFrom, "valid_from", errors), RequestFields.OptionalDate(r.ValidTo, "valid_to", errors),
            BasisMapping.Basis(r.Basis, errors, "basis"), r.OverlapOnPurpose, r.Reason)
        { Unparsed = errors.Violations, WhileHeadVacant = r.WhileHeadVacant };
    }

    public static CreateDelegationCommand ToCommand(this AuthorizeRequest r)
    {
        var errors = new InputErrors();
        return new CreateDelegationCommand(
            Core.Delegations.DelegationKind.Authorization, RequestFields.Id(r.UnitId, "unit_id", errors),
            RequestFields.Id(r.DelegatorOfficialId, "delegator_official_id", errors), RequestFields.Id(r.DelegateOfficialId, "delegate_official_id", errors), null,
            [.. r.FieldCodes], [], [.. r.DocumentKinds], r.Scope, null, null,
            RequestFields.OptionalDate(r.ValidFrom, "valid_from", errors), RequestFields.OptionalDate(r.ValidTo, "valid_to", errors),
            BasisMapping.Basis(r.Basis, errors, "basis"), false, r.Reason)
        { Unparsed = errors.Violations };
    }

    public static CreateDelegationCommand ToCommand(this GrantByOrderRequest r)
    {
        var errors = new InputErrors();
        return new CreateDelegationCommand(
            Core.Delegations.DelegationKind.ByOrder, RequestFields.Id(r.UnitId, "unit_id", errors),
            RequestFields.Id(r.DelegatorOfficialId, "delegator_official_id", errors), RequestFields.Id(r.DelegateOfficialId, "delegate_official_id", errors),
            RequestFields.OptionalId(r.PassedFromId, "passed_from_id", errors),
            [.. r.FieldCodes], [], [.. r.DocumentKinds], null, null, null,
            RequestFields.OptionalDate(r.ValidFrom, "valid_from", errors), RequestFields.OptionalDate(r.ValidTo, "valid_to", errors),
            BasisMapping.Basis(r.Basis, errors, "basis"), false, r.Reason)
        { Unparsed = errors.Violations };
    }

    public static RevokeDelegationCommand ToCommand(this RevokeRequest r)
    {
        var errors = new InputErrors();
        return new RevokeDelegationCommand(RequestFields.Id(r.Id, "id", errors), r.ExpectedVersion, RequestFields.OptionalDate(r.EffectiveDate, "effective_date", errors))
        { Unparsed = errors.Violations };
    }

    private static List<Guid> Ids(IEnumerable<string> texts, string field, InputErrors errors) =>
        texts.Select(t => RequestFields.Id(t, field, errors)).Where(id => id != Guid.Empty).ToList();
}
