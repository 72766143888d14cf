using Chancery.Core.Access;
using Chancery.Core.Registry;
using Chancery.Core.Storage;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Chancery.Server.Tests.Infrastructure;

/// <summary>
/// The real server, in process, on a real database, reached through the real gRPC pipeline, with
/// the real authorization server. Several hosts may share one database to play replicas.
/// <see cref="Units"/> calls as a system administrator's machine client; <see cref="Tokens"/>
/// gets tokens of any other kind.
/// </summary>
public class ChanceryHost(DatabaseProvider provider, string connectionString, bool demo = false) : WebApplicationFactory<Program>
{
    public const string AdminClientId = "test-administration";

    private GrpcChannel? channel;
    private string? adminToken;

    public DatabaseProvider Provider => provider;

    public string ConnectionString => connectionString;

    public TestClock Clock { get; } = new(TestClock.Default);

    public TokenClient Tokens => new(this);

    public GrpcChannel Channel => channel ??= GrpcChannel.ForAddress(Server.BaseAddress, new GrpcChannelOptions
    {
        HttpHandler = Server.CreateHandler(),
        MaxReceiveMessageSize = 64 * 1024 * 1024,
    });

    /// <summary>The Units service as a system administrator.</summary>
    public V1.Units.UnitsClient Units => new(AsAdministrator());

    public V1.Access.AccessClient Access => new(AsAdministrator());

    public V1.Audit.AuditClient Audit => new(AsAdministrator());

    public V1.Reorganizations.ReorganizationsClient Reorganizations => new(AsAdministrator());

    public V1.Positions.PositionsClient Positions => new(AsAdministrator());

    public string AdminToken => adminToken ?? throw new InvalidOperationException("Call StartAsync first.");

    /// <summary>Calls with this bearer token (none when null).</summary>
    public CallInvoker With(string? token) =>
        token is null ? Channel.CreateCallInvoker() : Channel.Intercept(metadata =>
        {
            metadata.Add("Authorization", $"Bearer {token}");
            return metadata;
        });

    public ChanceryDbContext CreateDbContext() => Services.GetRequiredService<ChanceryDatabase>().CreateContext();

    /// <summary>A change made by Chancery itself (as the command line does), for setting up tests.</summary>
    public static WriteRequest System => new("test/setup", Actor.System("test setup"), null);

    /// <summary>Starts the server and gets the administration token that <see cref="Units"/> uses.</summary>
    public async Task<ChanceryHost> StartAsync()
    {
        _ = Server;
        var secret = await Tokens.RegisterClientAsync(AdminClientId, Scopes.All, Role.SystemAdministrator);
        adminToken = await Tokens.ClientCredentialsAsync(AdminClientId, secret, Scopes.All);
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Chancery:Database:Provider", provider.ToString());
        builder.UseSetting("Chancery:Database:ConnectionString", connectionString);
        builder.UseSetting("Chancery:Demo:Enabled", demo ? "true" : "false");
        builder.UseSetting("Chancery:ChangeLog:PollInterval", "00:00:00.100");
        builder.UseSetting("Chancery:Memory:Trim:CompactAfterStart", "false"); // many hosts share the test process's heap
        builder.UseSetting("Chancery:Identity:Issuer", "http://localhost/");
        builder.UseSetting("Chancery:Identity:SigningCertificate:Path", TestCertificates.SigningPath);
        builder.UseSetting("Chancery:Identity:SigningCertificate:Password", TestCertificates.Password);
        builder.UseSetting("Chancery:Identity:EncryptionCertificate:Path", TestCertificates.EncryptionPath);
        builder.UseSetting("Chancery:Identity:EncryptionCertificate:Password", TestCertificates.Password);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    protected override void Dispose(bool disposing)
    {
        channel?.Dispose();
        base.Dispose(disposing);
    }

    private CallInvoker AsAdministrator() =>
        With(adminToken ?? throw new InvalidOperationException("Call StartAsync first."));
}
