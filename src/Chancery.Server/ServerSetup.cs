using Chancery.Core;
using Chancery.Server.Access;
using Chancery.Server.Audit;
using Chancery.Server.Identity;
using Chancery.Server.Reorganizations;
using Chancery.Server.Delegations;
using Chancery.Server.Positions;
using Chancery.Server.Regulations;
using Chancery.Server.Demo;
using Chancery.Server.Grpc;
using Chancery.Server.Health;
using Chancery.Server.Units;

namespace Chancery.Server;

public static class ServerSetup
{
    public static WebApplicationBuilder AddChanceryServer(this WebApplicationBuilder builder)
    {
        builder.Services.AddChanceryCore(builder.Configuration);
        if (builder.Configuration.GetValue<bool>(AdminCommandLine.ConfigurationKey))
        {
            // The admin command line keeps standard output for its results (a checkpoint's JSON, to redirect into a file).
            builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        }

        builder.AddChanceryIdentity();
        builder.Services.AddGrpc(o =>
        {
            o.Interceptors.Add<ErrorInterceptor>();
            o.Interceptors.Add<AccessInterceptor>();
            o.EnableDetailedErrors = false;
        }).AddJsonTranscoding(JsonTranscodingSetup.Configure)
            .AddMessageLimits();
        builder.Services.AddGrpcReflection();
        // grpc.health.v1 answers what the last publication said (by default it would run the
        // checks, in a DI scope, on every call), published at once at start and then every
        // second; by default the first publication came 5 s after start.
        builder.Services.AddGrpcHealthChecks(o => o.UseHealthChecksCache = true).AddCheck<RegistryHealthCheck>("registry");
        builder.Services.Configure<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckPublisherOptions>(o =>
        {
            o.Delay = TimeSpan.Zero;
            o.Period = TimeSpan.FromSeconds(1);
        });
        builder.AddConfiguredClients();
        builder.Services.AddSingleton<CheckpointSigner>();
        builder.Services.AddDemoData(builder.Configuration);
        builder.Services.AddHostedService<AddressBanner>();
        builder.Services.Configure<Memory.MemoryTrimOptions>(builder.Configuration.GetSection(Memory.MemoryTrimOptions.Section));
        builder.Services.AddHostedService<Memory.MemoryTrimmer>();
        builder.Services.AddHostedService<Memory.StartCompaction>();
        return builder;
    }

    public static WebApplication MapChanceryServer(this WebApplication app)
    {
        app.UseMiddleware<MessageLimitMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapChanceryIdentity();
        app.MapLimitedGrpcService<UnitsService>();
        app.MapLimitedGrpcService<AccessService>();
        app.MapLimitedGrpcService<AuditService>();
        app.MapLimitedGrpcService<ReorganizationsService>();
        app.MapLimitedGrpcService<PositionsService>();
        app.MapLimitedGrpcService<DelegationsService>();
        app.MapLimitedGrpcService<RegulationsService>();
        app.MapGrpcHealthChecksService().WithDefaultMessageLimit();
        app.MapGrpcReflectionService().WithDefaultMessageLimit();
        app.MapHealthChecks("/healthz");
        app.MapGet("/", () => Results.Text(
            "Chancery: the registry of units, positions, delegations and working regulations.\n" +
            "gRPC (h2c) on the gRPC endpoint; JSON under /v1/…; health at /healthz.\n", "text/plain; charset=utf-8"));
        return app;
    }
}
