using Chancery.Core.Access;
using Chancery.Core.Errors;
using Chancery.Core.Registry;
using Chancery.Core.Storage;
using Chancery.Server.Grpc;
using Chancery.V1;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace Chancery.Server.Access;

/// <summary>Users, clients and grants: translation to the core's access commands.</summary>
public sealed class AccessService(
    UserCommands users, ClientCommands clients, GrantCommands grants, RegistryState registry, ChanceryDbContext db, Core.Time.RegistryClock clock) : V1.Access.AccessBase
{
    [Scope(Scopes.HierarchyRead)]
    public override Task<GetCallerRightsResponse> GetCallerRights(GetCallerRightsRequest request, ServerCallContext context)
    {
        var errors = new InputErrors();
        var date = RequestFields.AsOf(request.AsOf, clock, errors);
        if (request.UnitIds.Count is 0 or > CallerRights.MaxUnits)
        {
            errors.Add("unit_ids", $"Ask about 1 to {CallerRights.MaxUnits} units (an empty id for the top level).");
        }

        var ids = request.UnitIds.Select((id, i) => id.Length == 0 ? null : RequestFields.OptionalId(id, $"unit_ids[{i}]", errors)).ToList();
        errors.ThrowIfAny();
        var rights = CallerRights.Of(context.Actor(), registry.Current, ids, date);
        var response = new GetCallerRightsResponse { AsOf = Core.Time.IsoDate.Format(date) };
        response.Units.AddRange(rights.Select((r, i) => new V1.UnitRights { UnitId = request.UnitIds[i], Permissions = { r.Permissions } }));
        return Task.FromResult(response);
    }

    [Scope(Scopes.AccessWrite)]
    public override async Task<CreateUserResponse> CreateUser(CreateUserRequest request, ServerCallContext context)
    {
        var result = await users.CreateAsync(new CreateUserCommand(request.UserName, request.DisplayName, request.Password), context.Write(request.Reason), context.CancellationToken);
        return new CreateUserResponse { User = result.User.ToMessage(), Password = result.Password ?? "" };
    }

    [Scope(Scopes.AccessWrite)]
    public override async Task<SetUserPasswordResponse> SetUserPassword(SetUserPasswordRequest request, ServerCallContext context)
    {
        var errors = new InputErrors();
        var id = RequestFields.Id(request.UserId, "user_id", errors);
        errors.ThrowIfAny();
        var result = await users.SetPasswordAsync(new SetUserPasswordCommand(id, request.Password), context.Write(request.Reason), context.CancellationToken);
        return new SetUserPasswordResponse { User = result.User.ToMessage(), Password = result.Password ?? "" };
    }

    [Scope(Scopes.AccessWrite)]
    public override async Task<SetUserDisabledResponse> SetUserDisabled(SetUserDisabledRequest request, ServerCallContext context)
    {
        var errors = new InputErrors();
        var id = RequestFields.Id(request.UserId, "user_id", errors);
        errors.ThrowIfAny();
        var result = await users.SetDisabledAsync(new SetUserDisabledCommand(id, request.Disabled), context.Write(request.Reason), context.CancellationToken);
        return new SetUserDisabledResponse { User = result.User.ToMessage() };
    }

    [Scope(Scopes.AccessRead)]
    public override async Task<ListUsersResponse> ListUsers(ListUsersRequest request, ServerCallContext context)
    {
        ReadRights.RequireAccessRead(context.Actor(), registry.Current);
        var errors = new InputErrors();
        var size = RequestFields.PageSize(request.PageSize, errors);
        var after = RequestFields.OptionalId(request.PageToken, "page_token", errors);
        errors.ThrowIfAny();

        var query = db.Users.AsNoTracking().OrderBy(u => u.Id).AsQueryable();
        if (after is { } last)
        {
            query = query.Where(u => u.Id.CompareTo(last) > 0);
        }

        var page = await query.Take(size + 1).ToListAsync(context.CancellationToken);
        var response = new ListUsersResponse { NextPageToken = page.Count > size ? page[size - 1].Id.ToString() : "" };
        response.Users.AddRange(page.Take(size).Select(u => u.ToMessage()));
        return response;
    }

    [Scope(Scopes.AccessWrite)]
    public override async Task<RegisterClientResponse> RegisterClient(RegisterClientRequest request, ServerCallContext context)
    {
        var command = new RegisterClientCommand(request.ClientId, request.DisplayName, request.Scopes, request.RedirectUris, request.PostLogoutRedirectUris, request.Public);
        var result = await clients.RegisterAsync(command, context.Write(request.Reason), context.CancellationToken);
        return new RegisterClientResponse { Client = result.ToMessage(), ClientSecret = result.Secret ?? "" };
    }

    [Scope(Scopes.AccessWrite)]
    public override async Task<RotateClientSecretResponse> RotateClientSecret(RotateClientSecretRequest request, ServerCallContext context)
    {
        var result = await clients.RotateSecretAsync(new RotateClientSecretCommand(request.ClientId), context.Write(request.Reason), context.CancellationToken);
        return new RotateClientSecretResponse { Client = result.ToMessage(), ClientSecret = result.Secret ?? "" };
    }

    [Scope(Scopes.AccessWrite)]
    public override async Task<GrantRoleResponse> GrantRole(GrantRoleRequest request, ServerCallContext context)
    {
        var errors = new InputErrors();
        var unitId = RequestFields.OptionalId(request.UnitId, "unit_id", errors);
        errors.ThrowIfAny();
        var command = new GrantRoleCommand(request.PrincipalKind.ToCore(), request.PrincipalId, (Core.Access.Role)(int)request.Role, unitId);
        var grant = await grants.GrantAsync(command, context.Write(request.Reason), context.CancellationToken);
        return new GrantRoleResponse { Grant = grant.ToMessage() };
    }

    [Scope(Scopes.AccessWrite)]
    public override async Task<RevokeGrantResponse> RevokeGrant(RevokeGrantRequest request, ServerCallContext context)
    {
        var errors = new InputErrors();
        var id = RequestFields.Id(request.GrantId, "grant_id", errors);
        errors.ThrowIfAny();
        var grant = await grants.RevokeAsync(new RevokeGrantCommand(id), context.Write(request.Reason), context.CancellationToken);
        return new RevokeGrantResponse { Grant = grant.ToMessage() };
    }

    [Scope(Scopes.AccessRead)]
    public override async Task<ListGrantsResponse> ListGrants(ListGrantsRequest request, ServerCallContext context)
    {
        ReadRights.RequireAccessRead(context.Actor(), registry.Current);
        var errors = new InputErrors();
        var size = RequestFields.PageSize(request.PageSize, errors);
        var after = RequestFields.OptionalId(request.PageToken, "page_token", errors);
        var kind = request.PrincipalKind.ToCore();
        if (request.PrincipalKind != V1.PrincipalKind.Unspecified && kind == 0)
        {
            errors.Add("principal_kind", "Filter on users (PRINCIPAL_KIND_USER), clients (PRINCIPAL_KIND_CLIENT), or leave it unspecified.");
        }

        var principalId = request.PrincipalId.Length > 0 ? AccessInput.PrincipalId(kind == 0 ? null : kind, request.PrincipalId, errors) : null;
        errors.ThrowIfAny();

        var query = db.RoleGrants.AsNoTracking().AsQueryable();
        if (kind != 0)
        {
            query = query.Where(g => g.PrincipalKind == kind);
        }

        if (principalId is not null)
        {
            query = query.Where(g => g.PrincipalId == principalId);
        }

        if (!request.IncludeRevoked)
        {
            query = query.Where(g => g.RevokedAt == null);
        }

        if (after is { } last)
        {
            query = query.Where(g => g.Id.CompareTo(last) > 0);
        }

        var page = await query.OrderBy(g => g.Id).Take(size + 1).ToListAsync(context.CancellationToken);
        var response = new ListGrantsResponse { NextPageToken = page.Count > size ? page[size - 1].Id.ToString() : "" };
        response.Grants.AddRange(page.Take(size).Select(g => g.ToMessage()));
        return response;
    }
}
