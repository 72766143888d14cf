using Chancery.Core.Access;
using Chancery.Core.Delegations;
using Chancery.Core.Delegations.Catalogue;
using Chancery.Core.Errors;
using Chancery.Core.Registry;
using Chancery.Core.Reorganizations;
using Chancery.Core.Time;
using Chancery.Core.Units;
using Chancery.Server.Grpc;
using Chancery.V1;
using Grpc.Core;

namespace Chancery.Server.Delegations;

/// <summary>Delegations and who may sign: reads from the in-memory model, changes through the core's commands.</summary>
public sealed class DelegationsService(DelegationCommands commands, FieldCommands fields, RegistryState registry, RegistryClock clock) : V1.Delegations.DelegationsBase
{
    [Scope(Scopes.DelegationsRead)]
    public override Task<ListFieldsResponse> ListFields(ListFieldsRequest request, ServerCallContext context)
    {
        var errors = new InputErrors();
        if (request.Query.Length > 200 || TextGuardProblem(request.Query))
        {
            errors.Add("query", "At most 200 characters of text.");
        }

        var unitId = RequestFields.OptionalId(request.UnitId, "unit_id", errors);
        var date = RequestFields.AsOf(request.AsOf, clock, errors);
        errors.ThrowIfAny();
        var snapshot = registry.Current;
        if (unitId is { } id)
        {
            UnitLookup.Require(snapshot, id, date, "unit_id");
        }

        var response = new ListFieldsResponse();
        response.Fields.AddRange(FieldCatalogue.Search(snapshot, unitId, request.Query, date).Select(f => f.ToMessage(date)));
        return Task.FromResult(response);
    }

    [Scope(Scopes.DelegationsWrite)]
    public override async Task<CreateFieldResponse> CreateField(CreateFieldRequest request, ServerCallContext context)
    {
        var command = request.ToCommand();
        var field = await fields.CreateAsync(command, context.Write(string.IsNullOrEmpty(request.Reason) ? command.Basis.ToString() : request.Reason), context.CancellationToken);
        return new() { Field = field.ToMessage(field.From) };
    }

    [Scope(Scopes.DelegationsWrite)]
    public override async Task<RenameFieldResponse> RenameField(RenameFieldRequest request, ServerCallContext context)
    {
        var command = request.ToCommand();
        var field = await fields.RenameAsync(command, context.Write(string.IsNullOrEmpty(request.Reason) ? command.Basis.ToString() : request.Reason), context.CancellationToken);
        return new() { Field = field.ToMessage(field.Names[^1].From) };
    }

    [Scope(Scopes.DelegationsWrite)]
    public override async Task<CloseFieldResponse> CloseField(CloseFieldRequest request, ServerCallContext context)
    {
        var field = await fields.CloseAsync(request.ToCommand(), context.Write(request.Reason), context.CancellationToken);
        return new() { Field = field.ToMessage(field.Names[^1].From) };
    }

    [Scope(Scopes.DelegationsRead)]
    public override Task<GetFieldResponse> GetField(GetFieldRequest request, ServerCallContext context)
    {
        var errors = new InputErrors();
        var id = RequestFields.Id(request.Id, "id", errors);
        var date = RequestFields.AsOf(request.AsOf, clock, errors);
        errors.ThrowIfAny();
        var field = registry.Current.Fields.Find(id) ?? throw new NotFoundException("field", $"fields/{id}", $"No unit's own field has the id {id}.");
        return Task.FromResult(field.ToResponse(date));
    }

    [Scope(Scopes.DelegationsWrite)]
    public override async Task<AssignResponse> Assign(AssignRequest request, ServerCallContext context) =>
        new() { Delegation = await CreateAsync(request.ToCommand(), request.Reason, context) };

    [Scope(Scopes.DelegationsWrite)]
    public override async Task<AuthorizeResponse> Authorize(AuthorizeRequest request, ServerCallContext context) =>
        new() { Delegation = await CreateAsync(request.ToCommand(), request.Reason, context) };

    [Scope(Scopes.DelegationsWrite)]
    public override async Task<GrantByOrderResponse> GrantByOrder(GrantByOrderRequest request, ServerCallContext context) =>
        new() { Delegation = await CreateAsync(request.ToCommand(), request.Reason, context) };

    [Scope(Scopes.DelegationsWrite)]
    public override async Task<RevokeResponse> Revoke(RevokeRequest request, ServerCallContext context) =>
        new() { Delegation = Message(await commands.RevokeAsync(request.ToCommand(), context.Write(request.Reason), context.CancellationToken)) };

    [Scope(Scopes.DelegationsRead)]
    public override Task<GetDelegationResponse> GetDelegation(GetDelegationRequest request, ServerCallContext context)
    {
        var errors = new InputErrors();
        var id = RequestFields.Id(request.Id, "id", errors);
        errors.ThrowIfAny();
        var snapshot = registry.Current;
        var delegation = snapshot.Delegations.Find(id) ?? throw new NotFoundException("delegation", $"delegations/{id}", $"No delegation has the id {id}.");
        return Task.FromResult(new GetDelegationResponse { Delegation = delegation.ToMessage(snapshot) });
    }

    [Scope(Scopes.DelegationsRead)]
    public override Task<ListDelegationsResponse> ListDelegations(ListDelegationsRequest request, ServerCallContext context)
    {
        var errors = new InputErrors();
        var unitId = RequestFields.OptionalId(request.UnitId, "unit_id", errors);
        var officialId = RequestFields.OptionalId(request.OfficialId, "official_id", errors);
        var date = RequestFields.AsOf(request.AsOf, clock, errors);
        var size = RequestFields.PageSize(request.PageSize, errors);
        var page = PageToken.Read(request.PageToken, date, !string.IsNullOrWhiteSpace(request.AsOf), errors);
        if (string.IsNullOrWhiteSpace(request.UnitId) && string.IsNullOrWhiteSpace(request.OfficialId))
        {
            errors.Add("unit_id", "Name a unit (unit_id) or an official (official_id).");
        }

        var field = string.IsNullOrWhiteSpace(request.FieldCode) ? null : request.FieldCode.Trim();
        var snapshot = registry.Current;
        if (field is not null && !FieldCatalogue.IsKnown(snapshot, field))
        {
            errors.Add("field_code", "Not a field of the catalogue (ListFields, national or a unit's own).");
        }

        errors.ThrowIfAny();
        var found = DelegationQueries.InEffect(snapshot, unitId, officialId, field, page.AsOf);
        var response = new ListDelegationsResponse { TotalSize = found.Count, NextPageToken = page.Next(size, found.Count) };
        response.Delegations.AddRange(found.Skip(page.Offset).Take(size).Select(d => d.ToMessage(snapshot)));
        return Task.FromResult(response);
    }

    [Scope(Scopes.DelegationsRead)]
    public override Task<CheckConflictsResponse> CheckConflicts(CheckConflictsRequest request, ServerCallContext context)
    {
        var errors = new InputErrors();
        if (request.ExpiringWithinDays is < 0 or > 3660)
        {
            errors.Add("expiring_within_days", "0 to 3660 days (0 for 30).");
        }

        var (snapshot, unitId, date) = UnitAndDate(request.UnitId, request.AsOf, errors);
        var response = new CheckConflictsResponse();
        response.Overlaps.AddRange(DelegationQueries.Overlaps(snapshot, unitId, date).Select(c =>
        {
            var conflict = new V1.FieldConflict { FieldCode = c.FieldCode };
            conflict.Delegations.AddRange(c.Delegations.Select(d => d.ToMessage(snapshot)));
            return conflict;
        }));
        var days = request.ExpiringWithinDays == 0 ? 30 : request.ExpiringWithinDays;
        response.Expiring.AddRange(DelegationQueries.Expiring(snapshot, unitId, date, days).Select(d => d.ToMessage(snapshot)));
        return Task.FromResult(response);
    }

    [Scope(Scopes.DelegationsRead)]
    public override Task<ResolveAuthorityResponse> ResolveAuthority(ResolveAuthorityRequest request, ServerCallContext context)
    {
        var errors = new InputErrors();
        var field = string.IsNullOrWhiteSpace(request.FieldCode) ? null : request.FieldCode.Trim();
        if (field is not null && !FieldCatalogue.IsKnown(registry.Current, field))
        {
            errors.Add("field_code", "Not a field of the catalogue (ListFields, national or a unit's own).");
        }

        if (request.DocumentKind.Length > 200 || TextGuardProblem(request.DocumentKind))
        {
            errors.Add("document_kind", "A document kind has at most 200 characters of text.");
        }

        var subjectId = RequestFields.OptionalId(request.SubjectUnitId, "subject_unit_id", errors);
        var (snapshot, unitId, date) = UnitAndDate(request.UnitId, request.AsOf, errors);
        if (subjectId is { } subject)
        {
            var view = UnitLookup.Require(snapshot, subject, date, "subject_unit_id");
            if (subject == unitId || !snapshot.Units.IsWithin(view, unitId, date))
            {
                errors.Add("subject_unit_id", $"The subject is a unit below unit_id on {IsoDate.Format(date)} (a supervised unit).");
                errors.ThrowIfAny();
            }
        }

        var authority = AuthorityResolver.Resolve(snapshot, unitId, field, request.DocumentKind, date, subjectId);
        var response = new ResolveAuthorityResponse { UnitId = unitId.ToString(), AsOf = IsoDate.Format(date), HeadVacant = authority.HeadVacant };
        response.Signers.AddRange(authority.Signers.Select(s => s.ToMessage()));
        return Task.FromResult(response);
    }

    /// <summary>A new delegation; its basis is the reason recorded when the request gives none.</summary>
    private async Task<V1.Delegation> CreateAsync(CreateDelegationCommand command, string reason, ServerCallContext context) =>
        Message(await commands.CreateAsync(command, context.Write(string.IsNullOrEmpty(reason) ? command.Basis.ToString() : reason), context.CancellationToken));

    private static bool TextGuardProblem(string text) => Core.Text.TextGuard.Problem(text) is not null;

    private V1.Delegation Message(DelegationState delegation) => delegation.ToMessage(registry.Current);

    private (RegistrySnapshot Snapshot, Guid UnitId, DateOnly Date) UnitAndDate(string unitText, string asOf, InputErrors errors)
    {
        var unitId = RequestFields.Id(unitText, "unit_id", errors);
        var date = RequestFields.AsOf(asOf, clock, errors);
        errors.ThrowIfAny();
        var snapshot = registry.Current;
        UnitLookup.Require(snapshot, unitId, date, "unit_id");
        return (snapshot, unitId, date);
    }
}
