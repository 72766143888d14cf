using System.Text.Json;
using Chancery.Core;
using Chancery.Core.Access;
using Chancery.Core.Registry;
using Chancery.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Chancery.Benchmarks.Loading;

/// <summary>The machine client the benchmarks call with: client id, secret, and the scopes it asks for (space-separated).</summary>
public sealed record BenchClient(string ClientId, string Secret, string Scope)
{
    public const string DefaultId = "chancery-bench";

    /// <summary>
    /// Registers the client in the database through the core's own commands (audited, as the
    /// command-line administration does), with the viewer role and the scopes hierarchy.read, positions.read and delegations.read.
    /// </summary>
    public static async Task<BenchClient> RegisterAsync(string databaseFile, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Chancery:Database:ConnectionString"] = $"Data Source={databaseFile}" })
            .Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddChanceryCore(configuration);
        services.AddOpenIddict().AddCore(o => o.UseEntityFrameworkCore().UseDbContext<ChanceryDbContext>());
        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<RegistryState>().LoadAsync(cancellationToken);
        var request = new WriteRequest("bench/register-client", Actor.System("benchmarks"), "The client of the performance benchmarks");
        var client = await provider.GetRequiredService<ClientCommands>().RegisterAsync(
            new RegisterClientCommand(DefaultId, "Chancery benchmarks", [Scopes.HierarchyRead, Scopes.PositionsRead, Scopes.DelegationsRead], [], [], false), request, cancellationToken);
        await provider.GetRequiredService<GrantCommands>().GrantAsync(
            new GrantRoleCommand(PrincipalKind.Client, client.ClientId, Role.Viewer, null), request, cancellationToken);
        return new BenchClient(client.ClientId, client.Secret!, $"{Scopes.HierarchyRead} {Scopes.PositionsRead} {Scopes.DelegationsRead}");
    }

    public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this));

    public static BenchClient Read(string path) =>
        JsonSerializer.Deserialize<BenchClient>(File.ReadAllText(path)) ?? throw new InvalidOperationException($"{path} holds no client.");
}
