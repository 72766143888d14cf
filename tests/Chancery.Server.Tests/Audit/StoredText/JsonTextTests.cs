using System.Net;
using System.Text;
using Chancery.Server.Tests.Infrastructure;

namespace Chancery.Server.Tests.Audit.StoredText;

/// <summary>
/// Over JSON a caller can escape what it likes: a NUL (<c>\u0000</c>) or a bidirectional override is
/// refused by the text guard as bad input (HTTP 400), never stored. Half a surrogate pair, which
/// gRPC's UTF-8 cannot carry at all, is refused already by the JSON parser: those cases pin that
/// down (they passed before the guard too), so that the guard's own check of it is a second line.
/// </summary>
public sealed class JsonTextTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    [Theory]
    [InlineData(@"Xã \u0000 Lương Sơn")]
    [InlineData(@"Xã \u202e Lương Sơn")]
    public Task JsonCreateUnit_EscapedRefusedCharacterInName_BadRequestNothingStored(string escapedName) => RefusedAsync(escapedName);

    [Theory]
    [InlineData(@"Xã \ud800 Lương Sơn")]
    [InlineData(@"Xã \udc00 Lương Sơn")]
    public Task JsonCreateUnit_HalfSurrogatePairInName_BadRequestFromTheParserNothingStored(string escapedName) => RefusedAsync(escapedName);

    private async Task RefusedAsync(string escapedName)
    {
        var host = fixture.Host;
        using var http = host.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", host.AdminToken);
        var before = await host.StoredAsync();

        var body = "{\"name\":\"" + escapedName + "\",\"kind\":\"UNIT_KIND_PROVINCE\",\"validFrom\":\"2000-01-01\",\"reason\":\"Lý do\"}";
        var response = await http.PostAsync("/v1/units", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await host.StoredAsync());
    }
}
