using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;

namespace Chancery.Server.Tests.Access;

/// <summary>
/// The JSON API writes proto3's canonical JSON mapping: int64 fields (versions) as strings, fields
/// holding their default value left out; it reads an int64 as a string or a number.
/// </summary>
public sealed class JsonFormatTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    private ChanceryHost Host => fixture.Host;

    [Fact]
    public async Task JsonGetUnit_Version_WrittenAsString()
    {
        var unit = await Host.Units.CreateRootAsync();

        var json = await GetUnitJsonAsync(unit.Id);

        var version = json.GetProperty("version");
        Assert.Equal(JsonValueKind.String, version.ValueKind);
        Assert.Equal(unit.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), version.GetString());
    }

    [Fact]
    public async Task JsonGetUnit_DefaultValues_Omitted()
    {
        var unit = await Host.Units.CreateRootAsync();
        Assert.Equal("", unit.ParentId);
        Assert.Equal("", unit.ValidTo);

        var json = await GetUnitJsonAsync(unit.Id);

        Assert.False(json.TryGetProperty("parentId", out _));
        Assert.False(json.TryGetProperty("validTo", out _));
        Assert.False(json.TryGetProperty("closedOn", out _));
        Assert.Equal(unit.Name, json.GetProperty("name").GetString());
        Assert.Empty(EmptyStrings(json));
    }

    [Fact]
    public async Task JsonUpdateUnit_ExpectedVersionAsStringOrNumber_Accepted()
    {
        var unit = await Host.Units.CreateRootAsync();
        using var http = Client();

        using var asString = await http.PatchAsJsonAsync($"/v1/units/{unit.Id}", new
        {
            name = unit.Name + " A", updateMask = "name", expectedVersion = unit.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), effectiveDate = "2024-01-01",
        });
        Assert.Equal(HttpStatusCode.OK, asString.StatusCode);
        var afterString = JsonDocument.Parse(await asString.Content.ReadAsStringAsync()).RootElement.GetProperty("unit").GetProperty("version").GetString();
        using var asNumber = await http.PatchAsJsonAsync($"/v1/units/{unit.Id}", new
        {
            name = unit.Name + " B", updateMask = "name", expectedVersion = long.Parse(afterString!, System.Globalization.CultureInfo.InvariantCulture), effectiveDate = "2024-06-01",
        });

        Assert.Equal(HttpStatusCode.OK, asNumber.StatusCode);
        var updated = await Host.Units.GetAsync(unit.Id);
        Assert.Equal(unit.Name + " B", updated.Name);
    }

    private HttpClient Client()
    {
        var http = Host.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", Host.AdminToken);
        return http;
    }

    private async Task<JsonElement> GetUnitJsonAsync(string id)
    {
        using var http = Client();
        using var response = await http.GetAsync($"/v1/units/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("unit").Clone();
    }

    /// <summary>The paths of every property whose value is an empty string.</summary>
    private static IEnumerable<string> EmptyStrings(JsonElement element, string path = "") => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => EmptyStrings(p.Value, $"{path}.{p.Name}")),
        JsonValueKind.Array => element.EnumerateArray().SelectMany((e, i) => EmptyStrings(e, $"{path}[{i}]")),
        JsonValueKind.String when element.GetString() == "" => [path],
        _ => [],
    };
}
