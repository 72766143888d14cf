using Chancery.Core.Access;
using Chancery.Core.Errors;
using Chancery.Core.Positions;
using Chancery.Core.Registry;
using Chancery.Core.Reorganizations;
using Chancery.Core.Time;
using Chancery.Server.Grpc;
using Chancery.Server.Reorganizations;
using Chancery.V1;
using Grpc.Core;

namespace Chancery.Server.Positions;

/// <summary>Positions, officials and appointments: reads from the in-memory model, changes through the core's commands.</summary>
public sealed class PositionsService(PositionCommands commands, RegistryState registry, RegistryClock clock) : V1.Positions.PositionsBase
{
    [Scope(Scopes.PositionsWrite)]
    public override async Task<CreatePositionResponse> CreatePosition(CreatePositionRequest request, ServerCallContext context) =>
        new() { Position = (await commands.CreatePositionAsync(request.ToCommand(), context.Write(request.Reason), context.CancellationToken)).ToMessage() };

    [Scope(Scopes.PositionsWrite)]
    public override async Task<ClosePositionResponse> ClosePosition(ClosePositionRequest request, ServerCallContext context)
    {
        var result = await commands.ClosePositionAsync(request.ToCommand(), context.Write(request.Reason), context.CancellationToken);
        return new() { Position = result.Position.ToMessage(), EndedDelegations = { result.EndedDelegations.ToMessagesOutsidePlan() } };
    }

    [Scope(Scopes.PositionsRead)]
    public override Task<ListUnitPositionsResponse> ListUnitPositions(ListUnitPositionsRequest request, ServerCallContext context)
    {
        var (snapshot, unitId, date) = UnitAndDate(request.UnitId, request.AsOf);
        var staffed = snapshot.Positions.PositionsOf(unitId, date);
        var response = new ListUnitPositionsResponse { Vacancies = staffed.Count(s => s.Vacant) };
        response.Positions.AddRange(staffed.Select(s => s.ToMessage()));
        return Task.FromResult(response);
    }

    [Scope(Scopes.PositionsRead)]
    public override Task<GetHeadResponse> GetHead(GetHeadRequest request, ServerCallContext context)
    {
        var (snapshot, unitId, date) = UnitAndDate(request.UnitId, request.AsOf);
        var head = snapshot.Positions.HeadOf(unitId, date)
            ?? throw new NotFoundException("position", $"units/{unitId}/head", $"The unit has no head position on {IsoDate.Format(date)}.");
        return Task.FromResult(new GetHeadResponse { Head = head.ToMessage() });
    }

    [Scope(Scopes.PositionsWrite)]
    public override async Task<CreateOfficialResponse> CreateOfficial(CreateOfficialRequest request, ServerCallContext context) =>
        new() { Official = (await commands.CreateOfficialAsync(request.ToCommand(), context.Write(request.Reason), context.CancellationToken)).ToMessage() };

    [Scope(Scopes.PositionsWrite)]
    public override async Task<UpdateOfficialResponse> UpdateOfficial(UpdateOfficialRequest request, ServerCallContext context) =>
        new() { Official = (await commands.UpdateOfficialAsync(request.ToCommand(), context.Write(request.Reason), context.CancellationToken)).ToMessage() };

    [Scope(Scopes.PositionsRead)]
    public override Task<GetOfficialResponse> GetOfficial(GetOfficialRequest request, ServerCallContext context)
    {
        var errors = new InputErrors();
        var id = RequestFields.Id(request.Id, "id", errors);
        errors.ThrowIfAny();
        var official = registry.Current.Positions.FindOfficial(id) ?? throw NoOfficial(id);
        return Task.FromResult(new GetOfficialResponse { Official = official.ToMessage() });
    }

    [Scope(Scopes.PositionsRead)]
    public override Task<SearchOfficialsResponse> SearchOfficials(SearchOfficialsRequest request, ServerCallContext context)
    {
        var errors = new InputErrors();
        var size = RequestFields.PageSize(request.PageSize, errors);
        var page = PageToken.Read(request.PageToken, clock.Today, false, errors);
        if (string.IsNullOrWhiteSpace(request.Query) || request.Query.Length > 200)
        {
            errors.Add("query", "Give 1 to 200 characters of the name (diacritics optional).");
        }

        errors.ThrowIfAny();
        var matches = registry.Current.Positions.SearchOfficials(request.Query);
        var response = new SearchOfficialsResponse { TotalSize = matches.Count, NextPageToken = page.Next(size, matches.Count) };
        response.Officials.AddRange(matches.Skip(page.Offset).Take(size).Select(o => o.ToMessage()));
        return Task.FromResult(response);
    }

    [Scope(Scopes.PositionsRead)]
    public override Task<ListRanksResponse> ListRanks(ListRanksRequest request, ServerCallContext context)
    {
        var response = new ListRanksResponse();
        response.Ranks.AddRange(Ranks.All.Select(r => new V1.Rank { Code = r.Code, Name = r.Name }));
        return Task.FromResult(response);
    }

    [Scope(Scopes.PositionsWrite)]
    public override async Task<AppointResponse> Appoint(AppointRequest request, ServerCallContext context)
    {
        var command = request.ToCommand();
        var reason = string.IsNullOrEmpty(request.Reason) ? command.Basis.ToString() : request.Reason;
        return new AppointResponse { Appointment = Message(await commands.AppointAsync(command, context.Write(reason), context.CancellationToken)) };
    }

    [Scope(Scopes.PositionsWrite)]
    public override async Task<EndAppointmentResponse> EndAppointment(EndAppointmentRequest request, ServerCallContext context)
    {
        var result = await commands.EndAppointmentAsync(request.ToCommand(), context.Write(request.Reason), context.CancellationToken);
        return new() { Appointment = Message(result.Appointment), EndedDelegations = { result.EndedDelegations.ToMessagesOutsidePlan() } };
    }

    [Scope(Scopes.PositionsRead)]
    public override Task<ListOfficialAppointmentsResponse> ListOfficialAppointments(ListOfficialAppointmentsRequest request, ServerCallContext context)
    {
        var errors = new InputErrors();
        var id = RequestFields.Id(request.OfficialId, "official_id", errors);
        errors.ThrowIfAny();
        var positions = registry.Current.Positions;
        var official = positions.FindOfficial(id) ?? throw NoOfficial(id);
        var response = new ListOfficialAppointmentsResponse { Official = official.ToMessage() };
        response.Appointments.AddRange(positions.AppointmentsOfOfficial(id).Select(a => a.ToMessage(positions.FindPosition(a.PositionId), official)));
        return Task.FromResult(response);
    }

    private V1.Appointment Message(AppointmentState appointment)
    {
        var positions = registry.Current.Positions;
        return appointment.ToMessage(positions.FindPosition(appointment.PositionId), positions.FindOfficial(appointment.OfficialId));
    }

    private (RegistrySnapshot Snapshot, Guid UnitId, DateOnly Date) UnitAndDate(string unitText, string asOf)
    {
        var errors = new InputErrors();
        var unitId = RequestFields.Id(unitText, "unit_id", errors);
        var date = RequestFields.AsOf(asOf, clock, errors);
        errors.ThrowIfAny();
        var snapshot = registry.Current;
        UnitLookup.Require(snapshot, unitId, date, "unit_id");
        return (snapshot, unitId, date);
    }

    private static NotFoundException NoOfficial(Guid id) => new("official", $"officials/{id}", $"No official has the id {id}.");
}
