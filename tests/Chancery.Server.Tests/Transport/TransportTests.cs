using System.Net;
using System.Text.Json;
using Chancery.Server.Demo;
using Chancery.Server.Tests.Infrastructure;
using Grpc.Health.V1;
using Grpc.Reflection.V1Alpha;

namespace Chancery.Server.Tests.Transport;

/// <summary>Health, reflection and the JSON API over HTTP/1.1 are served beside gRPC.</summary>
public sealed class TransportTests(SqliteDemoFixture fixture) : IClassFixture<SqliteDemoFixture>
{
    [Fact]
    public async Task Health_Check_Serving()
    {
        var health = new global::Grpc.Health.V1.Health.HealthClient(fixture.Host.Channel);

        var response = await health.CheckAsync(new HealthCheckRequest());

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, response.Status);
    }

    [Fact]
    public async Task Reflection_ListsUnitsService()
    {
        var reflection = new ServerReflection.ServerReflectionClient(fixture.Host.Channel);
        using var call = reflection.ServerReflectionInfo();

        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(default));

        var services = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name);
        Assert.Contains("chancery.v1.Units", services);
    }

    [Fact]
    public async Task Json_GetUnitByCode_ReturnsVietnameseName()
    {
        using var http = fixture.Host.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", fixture.Host.AdminToken);

        var response = await http.GetAsync($"/v1/codes/{DemoHierarchy.Codes.LuongSon}/unit?as_of=2017-07-11");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Huyện Lương Sơn", json.RootElement.GetProperty("unit").GetProperty("name").GetString());
        Assert.Equal("UNIT_KIND_DISTRICT", json.RootElement.GetProperty("unit").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Json_BadId_BadRequest()
    {
        using var http = fixture.Host.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", fixture.Host.AdminToken);

        var response = await http.GetAsync("/v1/units/not-a-uuid");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("is not an id", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Http_Healthz_Healthy()
    {
        using var http = fixture.Host.CreateClient();

        Assert.Equal("Healthy", await http.GetStringAsync("/healthz"));
    }
}
