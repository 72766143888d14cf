using Chancery.Server.Access;
using Chancery.Server.Audit;
using Chancery.Server.Delegations;
using Chancery.Server.Positions;
using Chancery.Server.Regulations;
using Chancery.Server.Reorganizations;
using Chancery.Server.Units;
using Grpc.AspNetCore.Server;

namespace Chancery.Server.Grpc;

/// <summary>
/// The one place that says how large a message each service takes. Each limit is set twice from
/// here: as gRPC's MaxReceiveMessageSize of the service, and (through <see cref="MessageLimit"/> on
/// the service's endpoints, applied by <see cref="MessageLimitMiddleware"/>) as Kestrel's request
/// body size of each call, so that the two agree and a larger message is answered
/// RESOURCE_EXHAUSTED with the limit, never UNKNOWN. A message is read before its caller is
/// authenticated, so a limit is also what an anonymous caller can make the server hold.
/// </summary>
public static class MessageLimits
{
    /// <summary>Health, reflection, and anything not named below: their requests are a few bytes.</summary>
    public const int Default = 16 * 1024;

    /// <summary>A unit's change or a query: a few names and ids (names at most a few hundred characters).</summary>
    public const int Units = 256 * 1024;

    /// <summary>A position, an official or an appointment: names, a basis, a reason.</summary>
    public const int Positions = 256 * 1024;

    /// <summary>A delegation: fields, document kinds, supervised units, a basis, a scope, a reason.</summary>
    public const int Delegations = 256 * 1024;

    /// <summary>A regulation's version: a body of up to 5,000 provisions (texts of at most 20,000 characters), or a .docx file to import.</summary>
    public const int Regulations = 8 * 1024 * 1024;

    /// <summary>A user, a client (with its redirect URIs and scopes), a grant.</summary>
    public const int Access = 64 * 1024;

    /// <summary>Filters of the audit trail.</summary>
    public const int Audit = 64 * 1024;

    /// <summary>One reorganization (a merge, a split, a transfer of up to some 20,000 units named by id), a lookup of lineage, an export's request.</summary>
    public const int Reorganizations = 1024 * 1024;

    /// <summary>A plan of up to 200,000 operations (some 48 MB), or a chunk of an imported file: DryRunPlan, ApplyPlan, ImportHierarchy.</summary>
    public const int Plans = PlanMessages.MaxReceiveBytes;

    /// <summary>gRPC's side of the limits: the default for every service, and each service's own.</summary>
    public static IGrpcServerBuilder AddMessageLimits(this IGrpcServerBuilder grpc)
    {
        grpc.Services.Configure<GrpcServiceOptions>(o => o.MaxReceiveMessageSize = Default);
        return grpc
            .Limit<UnitsService>(Units)
            .Limit<PositionsService>(Positions)
            .Limit<DelegationsService>(Delegations)
            .Limit<RegulationsService>(Regulations)
            .Limit<AccessService>(Access)
            .Limit<AuditService>(Audit)
            .Limit<ReorganizationsService>(Reorganizations, new Dictionary<string, int>(StringComparer.Ordinal)
            {
                ["DryRunPlan"] = Plans,
                ["ApplyPlan"] = Plans,
                ["ImportHierarchy"] = Plans,
            });
    }

    /// <summary>Maps a service with the limit that <see cref="AddMessageLimits"/> gave it (a service without one is refused).</summary>
    public static GrpcServiceEndpointConventionBuilder MapLimitedGrpcService<TService>(this WebApplication app)
        where TService : class
    {
        var limit = app.Services.GetServices<MessageLimit>().SingleOrDefault(l => l.Service == typeof(TService))
            ?? throw new InvalidOperationException($"{typeof(TService).Name} has no message limit: state it in {nameof(MessageLimits)}.");
        return app.MapGrpcService<TService>().WithMetadata(limit);
    }

    /// <summary>Kestrel's side for the endpoints that keep the default (health, reflection).</summary>
    public static TBuilder WithDefaultMessageLimit<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new MessageLimit(typeof(object), Default));

    /// <summary>gRPC takes the largest of the service's limits; the middleware holds each method to its own.</summary>
    private static IGrpcServerBuilder Limit<TService>(this IGrpcServerBuilder grpc, int bytes, IReadOnlyDictionary<string, int>? methods = null)
        where TService : class
    {
        var limit = new MessageLimit(typeof(TService), bytes, methods);
        grpc.Services.AddSingleton(limit);
        return grpc.AddServiceOptions<TService>(o => o.MaxReceiveMessageSize = limit.Largest);
    }
}

/// <summary>The largest message a service's endpoints take, in bytes, and the methods that take more (endpoint metadata).</summary>
public sealed record MessageLimit(Type Service, int Bytes, IReadOnlyDictionary<string, int>? Methods = null)
{
    public int Largest => Methods is { Count: > 0 } ? Math.Max(Bytes, Methods.Values.Max()) : Bytes;

    /// <summary>The limit of one method (by its name, as the proto writes it).</summary>
    public int For(string? method) => method is not null && Methods?.TryGetValue(method, out var bytes) == true ? bytes : Bytes;
}
