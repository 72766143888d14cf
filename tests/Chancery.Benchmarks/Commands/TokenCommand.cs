using System.Text.Json;
using Chancery.Benchmarks.Loading;

namespace Chancery.Benchmarks.Commands;

/// <summary><c>token</c>: an access token for the benchmarks' client (client-credentials grant), printed alone.</summary>
public static class TokenCommand
{
    public static async Task<int> RunAsync(CommandOptions options)
    {
        var client = BenchClient.Read(options.Required("client"));
        using var http = new HttpClient { BaseAddress = new Uri(options.Text("address", "http://127.0.0.1:5201")) };
        using var response = await http.PostAsync("connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = client.ClientId,
            ["client_secret"] = client.Secret,
            ["scope"] = client.Scope,
        }));
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            Console.Error.WriteLine($"The token endpoint answered {(int)response.StatusCode}: {body}");
            return 1;
        }

        Console.WriteLine(JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString());
        return 0;
    }
}
