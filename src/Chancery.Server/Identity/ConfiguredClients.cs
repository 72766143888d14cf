using Chancery.Core.Access;
using Chancery.Core.Errors;
using Chancery.Core.Registry;
using OpenIddict.Abstractions;

namespace Chancery.Server.Identity;

/// <summary>
/// A client named in the configuration, <c>Chancery:Identity:Clients:&lt;name&gt;:…</c> (the name may
/// be an index): an interactive client such as the portal when it has <see cref="RedirectUris"/>,
/// a machine client otherwise. A confidential one needs its <see cref="Secret"/> in the configuration,
/// since it is never printed.
/// </summary>
public sealed class ConfiguredClient
{
    public string? ClientId { get; set; }

    public string? DisplayName { get; set; }

    public List<string> Scopes { get; set; } = [];

    public List<string> RedirectUris { get; set; } = [];

    public List<string> PostLogoutRedirectUris { get; set; } = [];

    /// <summary>Without a secret, PKCE only.</summary>
    public bool Public { get; set; }

    public string? Secret { get; set; }
}

/// <summary>The clients to create at start: those of the configuration, and in Development with the demo those of <c>Chancery:Demo:Clients</c>.</summary>
public sealed class ConfiguredClients
{
    public const string Section = "Chancery:Identity:Clients";
    public const string DemoSection = "Chancery:Demo:Clients";

    public IReadOnlyList<(string Key, ConfiguredClient Client)> Clients { get; init; } = [];

    public static ConfiguredClients From(IConfiguration configuration, IHostEnvironment environment)
    {
        var clients = Read(configuration, Section).ToList();
        if (environment.IsDevelopment() && configuration.GetValue<bool>("Chancery:Demo:Enabled"))
        {
            clients.AddRange(Read(configuration, DemoSection));
        }

        return new ConfiguredClients { Clients = clients };
    }

    private static IEnumerable<(string, ConfiguredClient)> Read(IConfiguration configuration, string section) =>
        configuration.GetSection(section).GetChildren().Select(c => ($"{section}:{c.Key}", c.Get<ConfiguredClient>() ?? new ConfiguredClient()));
}

/// <summary>
/// Creates, at start, the configured clients that do not exist yet, as OpenIddict's samples seed
/// theirs; an existing client is left as it is (change it through the API). Audited as changes of
/// Chancery itself. A configured client that is not valid stops the start with the reason.
/// </summary>
internal sealed partial class ConfiguredClientsSeeder(
    ConfiguredClients configured, ClientCommands clients, IServiceProvider services, ILogger<ConfiguredClientsSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var (key, client) in configured.Clients)
        {
            await using (var scope = services.CreateAsyncScope())
            {
                var manager = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
                if (client.ClientId is { Length: > 0 } id && await manager.FindByClientIdAsync(id.Trim(), cancellationToken) is not null)
                {
                    LogKept(logger, id, key);
                    continue;
                }
            }

            var op = new WriteRequest("config/register-client", Actor.System("configuration"), $"Client named in the configuration ({key})");
            try
            {
                await clients.RegisterAsync(new RegisterClientCommand(client.ClientId, client.DisplayName ?? client.ClientId, client.Scopes,
                    client.RedirectUris, client.PostLogoutRedirectUris, client.Public, client.Secret), op, cancellationToken);
                LogRegistered(logger, client.ClientId!, key);
            }
            catch (AlreadyExistsException)
            {
                LogKept(logger, client.ClientId!, key);
            }
            catch (InvalidInputException ex)
            {
                throw new InvalidOperationException($"The client of {key} cannot be registered: {ex.Message}", ex);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Registered the client {ClientId} named in the configuration ({Key})")]
    private static partial void LogRegistered(ILogger logger, string clientId, string key);

    [LoggerMessage(Level = LogLevel.Debug, Message = "The client {ClientId} named in the configuration ({Key}) exists already; left as it is")]
    private static partial void LogKept(ILogger logger, string clientId, string key);
}

public static class ConfiguredClientsSetup
{
    public static WebApplicationBuilder AddConfiguredClients(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(ConfiguredClients.From(builder.Configuration, builder.Environment));
        builder.Services.AddHostedService<ConfiguredClientsSeeder>();
        return builder;
    }
}
