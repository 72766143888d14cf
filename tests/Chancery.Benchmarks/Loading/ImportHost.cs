using System.Net.Sockets;
using System.Text.Json;
using Chancery.Core.Access;
using Chancery.Core.Registry;
using Chancery.Server;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Chancery.Benchmarks.Loading;

/// <summary>
/// The real server, in this process, on a fresh SQLite file, listening on free loopback ports
/// (gRPC over h2c, the token endpoint over HTTP/1.1), with access enforced: a system
/// administrator's machine client and its client-credentials token, and a channel to call with.
/// </summary>
public sealed class ImportHost : IAsyncDisposable
{
    public const string ClientId = "chancery-import-timing";

    private readonly WebApplication app;

    private ImportHost(WebApplication app, GrpcChannel channel, string token)
    {
        this.app = app;
        Channel = channel;
        Token = token;
    }

    public GrpcChannel Channel { get; }

    public string Token { get; }

    public IServiceProvider Services => app.Services;

    /// <summary>On a fresh database file, or with <paramref name="keepDatabase"/> on the one there (a loaded tree).</summary>
    public static async Task<ImportHost> StartAsync(string databaseFile, CancellationToken cancellationToken, bool keepDatabase = false)
    {
        foreach (var path in keepDatabase ? [] : new[] { databaseFile, databaseFile + "-wal", databaseFile + "-shm" })
        {
            File.Delete(path);
        }

        var (grpc, http) = (FreePort(), FreePort());
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Development, Args = [] });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kestrel:Endpoints:Grpc:Url"] = $"http://127.0.0.1:{grpc}",
            ["Kestrel:Endpoints:Grpc:Protocols"] = "Http2",
            ["Kestrel:Endpoints:Http:Url"] = $"http://127.0.0.1:{http}",
            ["Kestrel:Endpoints:Http:Protocols"] = "Http1",
            ["Chancery:Database:Provider"] = "Sqlite",
            ["Chancery:Database:ConnectionString"] = $"Data Source={databaseFile}",
            ["Chancery:Database:MigrateOnStart"] = "true",
            ["Chancery:Demo:Enabled"] = "false",
            ["Chancery:Identity:Issuer"] = $"http://127.0.0.1:{http}/",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddChanceryServer();
        var app = builder.Build();
        app.MapChanceryServer();
        await app.StartAsync(cancellationToken);

        var request = new WriteRequest("bench/import-timing", Actor.System("benchmarks"), "The client of the import timing");
        var client = await app.Services.GetRequiredService<ClientCommands>().RegisterAsync(
            new RegisterClientCommand(ClientId, "Chancery import timing", [Scopes.HierarchyRead, Scopes.HierarchyWrite], [], [], false), request, cancellationToken);
        await app.Services.GetRequiredService<GrantCommands>().GrantAsync(
            new GrantRoleCommand(PrincipalKind.Client, ClientId, Role.SystemAdministrator, null), request, cancellationToken);
        var token = await TokenAsync($"http://127.0.0.1:{http}/", client.Secret!, cancellationToken);
        var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{grpc}", new GrpcChannelOptions { MaxReceiveMessageSize = 64 * 1024 * 1024 });
        return new ImportHost(app, channel, token);
    }

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    private static async Task<string> TokenAsync(string address, string secret, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = new Uri(address) };
        using var response = await http.PostAsync("connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = ClientId,
            ["client_secret"] = secret,
            ["scope"] = $"{Scopes.HierarchyRead} {Scopes.HierarchyWrite}",
        }), cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.IsSuccessStatusCode
            ? JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!
            : throw new InvalidOperationException($"The token endpoint answered {(int)response.StatusCode}: {body}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
