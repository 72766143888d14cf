using Chancery.Core.Access;
using Chancery.Core.Errors;
using Chancery.Core.Registry;
using Chancery.Server.Identity;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;

namespace Chancery.Server.Grpc;

/// <summary>
/// Every call of chancery.v1: a valid token whose sign-in session was not ended by a sign-out
/// (UNAUTHENTICATED otherwise), the method's scope in it,
/// and a role in force for the caller (PERMISSION_DENIED otherwise). The object-level checks
/// (which units the caller may change) are made by the core's commands.
/// </summary>
public sealed class AccessInterceptor(RegistryState registry, IOptions<IdentityOptions> options) : Interceptor
{
    private const string ActorKey = "chancery.actor";

    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        Check(context);
        return continuation(request, context);
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Check(context);
        return continuation(request, responseStream, context);
    }

    public override Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Check(context);
        return continuation(requestStream, context);
    }

    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Check(context);
        return continuation(requestStream, responseStream, context);
    }

    /// <summary>The caller of the current call, as checked by the interceptor.</summary>
    public static Actor GetActor(ServerCallContext context) =>
        context.GetHttpContext().Items[ActorKey] as Actor ?? throw new InvalidOperationException("The call was not checked by the access interceptor.");

    private void Check(ServerCallContext context)
    {
        if (!context.Method.StartsWith("/chancery.", StringComparison.Ordinal))
        {
            return;
        }

        var http = context.GetHttpContext();
        var required = http.GetEndpoint()?.Metadata.GetMetadata<ScopeAttribute>()
            ?? throw new PermissionDeniedException(context.Method, "NOT_CONFIGURED", $"{context.Method} declares no scope and is refused.");
        if (!options.Value.EnforceAccess)
        {
            http.Items[ActorKey] = Actor.System("unchecked");
            return;
        }

        if (http.User.Identity?.IsAuthenticated != true)
        {
            // A published method answers a caller without a token; a token that is presented and refused is still refused.
            var reason = http.Items[CachedBearerHandler.FailureKey] as string;
            if (required.Public && reason is null)
            {
                http.Items[ActorKey] = Anonymous;
                return;
            }

            throw new UnauthenticatedException(reason is null
                ? $"{context.Method} needs an access token (authorization: Bearer …) with the scope {required.Scope}."
                : $"The access token was refused: {reason}");
        }

        if (registry.Current.Access.IsSessionEnded(http.User.GetAuthorizationId()))
        {
            throw new UnauthenticatedException("The access token was refused: its sign-in session was ended by a sign-out. Sign in again.");
        }

        var actor = ChanceryClaims.ToActor(http.User);
        AccessPolicy.RequireScope(actor, required.Scope);
        if (!required.Public)
        {
            AccessPolicy.RequireAnyGrant(actor, registry.Current.Access, required.Scope);
        }

        http.Items[ActorKey] = actor;
    }

    private static readonly Actor Anonymous = new(PrincipalKind.Client, "anonymous", "anonymous", null, new HashSet<string>());
}
