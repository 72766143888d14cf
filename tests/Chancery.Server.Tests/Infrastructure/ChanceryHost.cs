using Chancery.Core.Storage;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Chancery.Server.Tests.Infrastructure;

/// <summary>
/// The real server, in process, on a real database, reached through the real gRPC pipeline.
/// Several hosts may share one database to play replicas behind a load balancer.
/// </summary>
public class ChanceryHost(DatabaseProvider provider, string connectionString, bool demo = false) : WebApplicationFactory<Program>
{
    private GrpcChannel? channel;

    public DatabaseProvider Provider => provider;

    public string ConnectionString => connectionString;

    public TestClock Clock { get; } = new(TestClock.Default);

    public GrpcChannel Channel => channel ??= GrpcChannel.ForAddress(Server.BaseAddress, new GrpcChannelOptions
    {
        HttpHandler = Server.CreateHandler(),
        MaxReceiveMessageSize = 64 * 1024 * 1024,
    });

    public V1.Units.UnitsClient Units => new(Channel);

    public ChanceryDbContext CreateDbContext() => Services.GetRequiredService<ChanceryDatabase>().CreateContext();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Chancery:Database:Provider", provider.ToString());
        builder.UseSetting("Chancery:Database:ConnectionString", connectionString);
        builder.UseSetting("Chancery:Demo:Enabled", demo ? "true" : "false");
        builder.UseSetting("Chancery:ChangeLog:PollInterval", "00:00:00.100");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    protected override void Dispose(bool disposing)
    {
        channel?.Dispose();
        base.Dispose(disposing);
    }
}
