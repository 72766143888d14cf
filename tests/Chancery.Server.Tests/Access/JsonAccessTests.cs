using System.Net;
using System.Net.Http.Json;

namespace Chancery.Server.Tests.Access;

/// <summary>The JSON API over HTTP/1.1 goes through the same checks as gRPC: 401 without a token, 403 without the right.</summary>
public sealed class JsonAccessTests(SqliteMatrixFixture fixture) : IClassFixture<SqliteMatrixFixture>
{
    private MatrixScenario S => fixture.Scenario;

    private HttpClient Client(string? token)
    {
        var http = S.Host.CreateClient();
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        }

        return http;
    }

    [Fact]
    public async Task JsonGetUnit_WithoutToken_Unauthorized()
    {
        using var http = Client(null);

        var response = await http.GetAsync($"/v1/units/{S.Inside.Id}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task JsonGetUnit_ViewerSignedIn_Ok()
    {
        using var http = Client(S.ViewerToken);

        var response = await http.GetAsync($"/v1/units/{S.Inside.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(S.Inside.Name, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task JsonAudit_Viewer_Forbidden()
    {
        using var http = Client(S.ViewerToken);

        var response = await http.GetAsync("/v1/audit");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("audit.read", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task JsonCreateUnit_UnitAdministratorOutside_ForbiddenAndNothingStored()
    {
        using var http = Client(S.UnitAdministratorToken);
        var before = await StoreCounts.ReadAsync(S.Host);

        var response = await http.PostAsJsonAsync("/v1/units", new { name = "Phòng Qua JSON", kind = "UNIT_KIND_DIVISION", parentId = S.Outside.Id });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains($"hierarchy.write on units/{S.Outside.Id}", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await StoreCounts.ReadAsync(S.Host));
    }
}
