using Chancery.Core.Access;
using Chancery.Core.Errors;
using Chancery.Core.Registry;
using Chancery.Core.Regulations;
using Chancery.Core.Reorganizations;
using Chancery.Core.Time;
using Chancery.Core.Units;
using Chancery.Server.Grpc;
using Chancery.V1;
using Grpc.Core;

namespace Chancery.Server.Regulations;

/// <summary>
/// Working regulations: changes through the core's commands; reads from the in-memory model,
/// published (callable without a token) and showing issued versions only, unless the caller has
/// rights over the unit (<see cref="ReadRights.SeesDrafts"/>).
/// </summary>
public sealed class RegulationsService(RegulationCommands commands, RegistryState registry, RegistryClock clock) : V1.Regulations.RegulationsBase
{
    [Scope(Scopes.RegulationsWrite)]
    public override async Task<CreateRegulationResponse> CreateRegulation(CreateRegulationRequest request, ServerCallContext context)
    {
        var errors = new InputErrors();
        var command = new CreateRegulationCommand(
            RequestFields.Id(request.UnitId, "unit_id", errors), (Core.Regulations.RegulationKind)request.Kind, request.Title, request.Year == 0 ? null : request.Year,
            RequestFields.OptionalId(request.ReplacesRegulationId, "replaces_regulation_id", errors)) { Unparsed = errors.Violations };
        var regulation = await commands.CreateRegulationAsync(command, context.Write(request.Reason), context.CancellationToken);
        return new() { Regulation = regulation.ToMessage() };
    }

    [Scope(Scopes.RegulationsWrite)]
    public override async Task<CreateVersionResponse> CreateVersion(CreateVersionRequest request, ServerCallContext context)
    {
        var errors = new InputErrors();
        var command = new CreateVersionCommand(
            RequestFields.Id(request.RegulationId, "regulation_id", errors), request.CopyInForce, RequestFields.OptionalId(request.AmendsVersionId, "amends_version_id", errors),
            RegulationsMapping.FromMessages(request.Operations, errors), RegulationsMapping.FromMessages(request.Body, errors, "body"), request.Title)
        { Unparsed = errors.Violations };
        return new() { Version = Message(await commands.CreateVersionAsync(command, context.Write(request.Reason), context.CancellationToken)) };
    }

    [Scope(Scopes.RegulationsWrite)]
    public override async Task<UpdateDraftResponse> UpdateDraft(UpdateDraftRequest request, ServerCallContext context)
    {
        var errors = new InputErrors();
        var command = new UpdateDraftCommand(
            RequestFields.Id(request.Id, "id", errors), request.ExpectedVersion, RegulationsMapping.FromMessages(request.Body, errors, "body"),
            RegulationsMapping.FromMessages(request.Operations, errors), request.Title)
        { Unparsed = errors.Violations };
        return new() { Version = Message(await commands.UpdateDraftAsync(command, context.Write(request.Reason), context.CancellationToken)) };
    }

    [Scope(Scopes.RegulationsWrite)]
    public override Task<ImportDraftTextResponse> ImportDraftText(ImportDraftTextRequest request, ServerCallContext context) =>
        throw new RpcException(new Status(StatusCode.Unimplemented, "Importing text arrives with the regulations' text engine; send the body as provisions (UpdateDraft)."));

    [Scope(Scopes.RegulationsWrite)]
    public override async Task<SubmitVersionResponse> SubmitVersion(SubmitVersionRequest request, ServerCallContext context)
    {
        var errors = new InputErrors();
        var command = new SubmitVersionCommand(RequestFields.Id(request.Id, "id", errors), request.ExpectedVersion) { Unparsed = errors.Violations };
        return new() { Version = Message(await commands.SubmitAsync(command, context.Write(request.Reason), context.CancellationToken)) };
    }

    [Scope(Scopes.RegulationsWrite)]
    public override async Task<IssueVersionResponse> IssueVersion(IssueVersionRequest request, ServerCallContext context)
    {
        var errors = new InputErrors();
        if (request.DryRun)
        {
            errors.Add("dry_run", "A dry run of an issue is not available yet.");
        }

        var command = new IssueVersionCommand(
            RequestFields.Id(request.Id, "id", errors), request.ExpectedVersion, RegulationsMapping.FromMessage(request.Decision, errors),
            RequestFields.OptionalDate(request.EffectiveFrom, "effective_from", errors))
        { Unparsed = errors.Violations };
        var reason = string.IsNullOrEmpty(request.Reason) ? $"Quyết định {request.Decision?.Number}" : request.Reason;
        return new() { Version = Message(await commands.IssueAsync(command, context.Write(reason), context.CancellationToken)) };
    }

    [Scope(Scopes.RegulationsWrite)]
    public override async Task<RepealRegulationResponse> RepealRegulation(RepealRegulationRequest request, ServerCallContext context)
    {
        var errors = new InputErrors();
        var command = new RepealRegulationCommand(
            RequestFields.Id(request.Id, "id", errors), request.ExpectedVersion, RequestFields.OptionalDate(request.EffectiveDate, "effective_date", errors),
            RegulationsMapping.FromMessage(request.Decision, errors))
        { Unparsed = errors.Violations };
        var reason = string.IsNullOrEmpty(request.Reason) ? $"Quyết định {request.Decision?.Number}" : request.Reason;
        return new() { Regulation = (await commands.RepealAsync(command, context.Write(reason), context.CancellationToken)).ToMessage() };
    }

    [Scope(Scopes.RegulationsRead, Public = true)]
    public override Task<GetRegulationResponse> GetRegulation(GetRegulationRequest request, ServerCallContext context)
    {
        var snapshot = registry.Current.Regulations;
        var regulation = request.Id.StartsWith("/vn/", StringComparison.Ordinal) && request.Id.Length <= 200
            ? snapshot.FindByIdentifier(request.Id)
            : snapshot.Find(Id(request.Id, "id"));
        return Task.FromResult(new GetRegulationResponse { Regulation = (regulation ?? throw NotFound("regulation", request.Id)).ToMessage() });
    }

    [Scope(Scopes.RegulationsRead, Public = true)]
    public override Task<GetVersionResponse> GetVersion(GetVersionRequest request, ServerCallContext context) =>
        Task.FromResult(new GetVersionResponse { Version = Message(Visible(Id(request.Id, "id"), context)) });

    [Scope(Scopes.RegulationsRead, Public = true)]
    public override Task<ListVersionsResponse> ListVersions(ListVersionsRequest request, ServerCallContext context)
    {
        var id = Id(request.RegulationId, "regulation_id");
        var snapshot = registry.Current;
        var regulation = snapshot.Regulations.Find(id) ?? throw NotFound("regulation", request.RegulationId);
        var drafts = ReadRights.SeesDrafts(context.Actor(), snapshot, regulation.UnitId, clock.Today);
        var response = new ListVersionsResponse();
        response.Versions.AddRange(snapshot.Regulations.VersionsOf(id).Where(v => drafts || v.IsIssued).Select(v => v.ToMessage(snapshot.Regulations, withBody: false)));
        return Task.FromResult(response);
    }

    [Scope(Scopes.RegulationsRead, Public = true)]
    public override Task<GetInForceResponse> GetInForce(GetInForceRequest request, ServerCallContext context)
    {
        var errors = new InputErrors();
        var unitId = RequestFields.Id(request.UnitId, "unit_id", errors);
        var date = RequestFields.AsOf(request.AsOf, clock, errors);
        var kind = (Core.Regulations.RegulationKind)request.Kind;
        if (kind == Core.Regulations.RegulationKind.Unspecified || !Enum.IsDefined(kind))
        {
            errors.Add("kind", "A kind is required.");
        }

        errors.ThrowIfAny();
        var snapshot = registry.Current;
        UnitLookup.Require(snapshot, unitId, date, "unit_id");
        var regulations = snapshot.Regulations;
        var found = regulations.InForce(unitId, kind, date)
            ?? throw new NotFoundException("regulation", $"units/{unitId}/regulations", $"No regulation of this kind is in force for the unit on {IsoDate.Format(date)}.");
        var response = new GetInForceResponse { Regulation = found.Regulation.ToMessage(), Version = found.Version.ToMessage(regulations) };
        response.Pending.AddRange(regulations.Pending(unitId, kind, date).Select(v => v.ToMessage(regulations, withBody: false)));
        return Task.FromResult(response);
    }

    [Scope(Scopes.RegulationsRead, Public = true)]
    public override Task<GetProvisionResponse> GetProvision(GetProvisionRequest request, ServerCallContext context)
    {
        var errors = new InputErrors();
        var id = RequestFields.Id(request.RegulationId, "regulation_id", errors);
        var guid = RequestFields.OptionalId(request.Guid, "guid", errors);
        var date = RequestFields.AsOf(request.AsOf, clock, errors);
        if (guid is null == string.IsNullOrWhiteSpace(request.Eid) || request.Eid.Length > 200)
        {
            errors.Add("guid", "Name the provision by one of guid, eid.");
        }

        errors.ThrowIfAny();
        var regulations = registry.Current.Regulations;
        var regulation = regulations.Find(id) ?? throw NotFound("regulation", request.RegulationId);
        var version = regulations.InForce(regulation, date)
            ?? throw new NotFoundException("regulation-version", regulation.Subject, $"The regulation is not in force on {IsoDate.Format(date)}.");
        var message = RegulationsMapping.Messages(version.Body.Provisions, []).SelectMany(Flatten)
            .FirstOrDefault(p => guid is { } g ? p.Guid == g.ToString() : p.Eid == request.Eid.Trim())
            ?? throw new NotFoundException("provision", request.Guid + request.Eid, $"The version in force on {IsoDate.Format(date)} has no such provision.");
        return Task.FromResult(new GetProvisionResponse { Provision = message, VersionId = version.Id.ToString() });
    }

    [Scope(Scopes.RegulationsRead, Public = true)]
    public override Task<CompareVersionsResponse> CompareVersions(CompareVersionsRequest request, ServerCallContext context) =>
        throw new RpcException(new Status(StatusCode.Unimplemented, "Comparing versions arrives with the regulations' text engine."));

    [Scope(Scopes.RegulationsRead, Public = true)]
    public override Task<SearchProvisionsResponse> SearchProvisions(SearchProvisionsRequest request, ServerCallContext context) =>
        throw new RpcException(new Status(StatusCode.Unimplemented, "Searching provisions arrives with the regulations' text engine."));

    [Scope(Scopes.RegulationsRead, Public = true)]
    public override Task<ExportVersionResponse> ExportVersion(ExportVersionRequest request, ServerCallContext context) =>
        throw new RpcException(new Status(StatusCode.Unimplemented, "Exporting versions arrives with the regulations' text engine."));

    [Scope(Scopes.RegulationsRead, Public = true)]
    public override Task<ListRegulationsResponse> ListRegulations(ListRegulationsRequest request, ServerCallContext context)
    {
        var unitId = Id(request.UnitId, "unit_id");
        var snapshot = registry.Current;
        snapshot.Units.RequireUnit(unitId, "unit_id");
        var response = new ListRegulationsResponse();
        response.Regulations.AddRange(snapshot.Regulations.OfUnit(unitId).Select(r => r.ToMessage()));
        return Task.FromResult(response);
    }

    private static IEnumerable<V1.Provision> Flatten(V1.Provision p) => p.Children.SelectMany(Flatten).Prepend(p);

    /// <summary>A version the caller may see: issued, or any with rights over the unit (else NOT_FOUND, as if it did not exist).</summary>
    private VersionState Visible(Guid id, ServerCallContext context)
    {
        var snapshot = registry.Current;
        if (snapshot.Regulations.FindVersion(id) is { } v && snapshot.Regulations.Find(v.RegulationId) is { } r &&
            (v.IsIssued || ReadRights.SeesDrafts(context.Actor(), snapshot, r.UnitId, clock.Today)))
        {
            return v;
        }

        throw NotFound("regulation-version", id.ToString());
    }

    private V1.RegulationVersion Message(VersionState v) => v.ToMessage(registry.Current.Regulations);

    private static Guid Id(string text, string field)
    {
        var errors = new InputErrors();
        var id = RequestFields.Id(text, field, errors);
        errors.ThrowIfAny();
        return id;
    }

    private static NotFoundException NotFound(string kind, string id) => new(kind, $"{kind}s/{id}", $"No {kind} has the id {id}.");
}
