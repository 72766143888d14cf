using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Chancery.Core.Access;
using Chancery.Core.Registry;
using Chancery.Core.Storage;
using Chancery.Server.Tests.Infrastructure;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Chancery.Server.Tests.Fuzzing;

/// <summary>
/// The real server in this process behind real Kestrel (TestServer enforces no request body size):
/// h2c for gRPC and HTTP/1.1 for the token endpoint on free loopback ports, access enforced, a
/// system administrator's client-credentials token, and every log entry of level Error kept.
/// </summary>
public sealed class KestrelHost : IAsyncDisposable
{
    private const string ClientId = "fuzz-administration";

    private readonly WebApplication app;
    private readonly GrpcChannel channel;

    private KestrelHost(WebApplication app, GrpcChannel channel, string token, ErrorLog errors)
    {
        this.app = app;
        this.channel = channel;
        Token = token;
        Errors = errors;
    }

    public string Token { get; }

    public ErrorLog Errors { get; }

    public IServiceProvider Services => app.Services;

    /// <summary>Calls as the system administrator.</summary>
    public CallInvoker Invoker => channel.Intercept(metadata =>
    {
        metadata.Add("Authorization", $"Bearer {Token}");
        return metadata;
    });

    public static async Task<KestrelHost> StartAsync(DatabaseProvider provider, string connectionString, CancellationToken cancellationToken)
    {
        var (grpc, http) = (FreePort(), FreePort());
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Development, Args = [] });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kestrel:Endpoints:Grpc:Url"] = $"http://127.0.0.1:{grpc}",
            ["Kestrel:Endpoints:Grpc:Protocols"] = "Http2",
            ["Kestrel:Endpoints:Http:Url"] = $"http://127.0.0.1:{http}",
            ["Kestrel:Endpoints:Http:Protocols"] = "Http1",
            ["Chancery:Database:Provider"] = provider.ToString(),
            ["Chancery:Database:ConnectionString"] = connectionString,
            ["Chancery:Database:MigrateOnStart"] = "true",
            ["Chancery:Demo:Enabled"] = "false",
            ["Chancery:Identity:Issuer"] = $"http://127.0.0.1:{http}/",
            ["Chancery:Identity:SigningCertificate:Path"] = TestCertificates.SigningPath,
            ["Chancery:Identity:SigningCertificate:Password"] = TestCertificates.Password,
            ["Chancery:Identity:EncryptionCertificate:Path"] = TestCertificates.EncryptionPath,
            ["Chancery:Identity:EncryptionCertificate:Password"] = TestCertificates.Password,
        });
        var errors = new ErrorLog();
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddProvider(errors);
        builder.AddChanceryServer();
        var app = builder.Build();
        app.MapChanceryServer();
        await app.StartAsync(cancellationToken);

        var request = new WriteRequest("test/fuzz", Actor.System("fuzz tests"), "The fuzz tests' administrator");
        var client = await app.Services.GetRequiredService<ClientCommands>().RegisterAsync(
            new RegisterClientCommand(ClientId, "Fuzz tests", Scopes.All.ToList(), [], [], false), request, cancellationToken);
        await app.Services.GetRequiredService<GrantCommands>().GrantAsync(
            new GrantRoleCommand(PrincipalKind.Client, ClientId, Role.SystemAdministrator, null), request, cancellationToken);
        var token = await TokenAsync($"http://127.0.0.1:{http}/", ClientId, client.Secret!, cancellationToken);
        var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{grpc}", new GrpcChannelOptions { MaxReceiveMessageSize = 64 * 1024 * 1024 });
        return new KestrelHost(app, channel, token, errors);
    }

    public async ValueTask DisposeAsync()
    {
        channel.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }

    /// <summary>A client-credentials token with every scope from the authorization server at <paramref name="address"/>.</summary>
    public static async Task<string> TokenAsync(string address, string clientId, string secret, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = new Uri(address) };
        using var response = await http.PostAsync("connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
            ["scope"] = string.Join(' ', Scopes.All),
        }), cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"The token endpoint answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
