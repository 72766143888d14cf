using System.Text.Json;
using Chancery.Benchmarks.Loading;
using Chancery.Core.Access;
using Chancery.Core.Registry;
using Chancery.V1;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Chancery.Benchmarks.Memory;

/// <summary>A fresh database with a system administrator's client (all scopes) and one province to read.</summary>
public static class MemoryFuzzData
{
    public const string ClientId = "chancery-memory-fuzz";

    public static async Task<(string Secret, string RootId)> PrepareAsync(string databaseFile, CancellationToken cancellationToken)
    {
        await using var host = await ImportHost.StartAsync(databaseFile, cancellationToken);
        var request = new WriteRequest("bench/memory-fuzz", Actor.System("benchmarks"), "The client of the memory benchmark");
        var client = await host.Services.GetRequiredService<ClientCommands>().RegisterAsync(
            new RegisterClientCommand(ClientId, "Chancery memory benchmark", Scopes.All.ToList(), [], [], false), request, cancellationToken);
        await host.Services.GetRequiredService<GrantCommands>().GrantAsync(
            new GrantRoleCommand(Core.Access.PrincipalKind.Client, ClientId, Core.Access.Role.SystemAdministrator, null), request, cancellationToken);
        var units = new V1.Units.UnitsClient(host.Channel);
        var root = await units.CreateUnitAsync(
            new CreateUnitRequest { Name = "Tỉnh Phú Thọ", Kind = UnitKind.Province, ValidFrom = "2000-01-01", Code = "000.00.00.H45" },
            new Metadata { { "Authorization", $"Bearer {host.Token}" } }, cancellationToken: cancellationToken);
        return (client.Secret!, root.Unit.Id);
    }

    public static async Task<string> TokenAsync(string address, string secret, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = new Uri(address) };
        using var response = await http.PostAsync("connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = ClientId,
            ["client_secret"] = secret,
            ["scope"] = string.Join(' ', Scopes.All),
        }), cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.IsSuccessStatusCode
            ? JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!
            : throw new InvalidOperationException($"The token endpoint answered {(int)response.StatusCode}: {body}");
    }
}
