using System.Net;
using System.Text.Json;
using Chancery.Server.Tests.Infrastructure;

namespace Chancery.Server.Tests.Delegations;

/// <summary>The question other systems ask, over JSON: GET /v1/units/{id}/authority with the field and the date as query parameters.</summary>
public abstract class DelegationsJsonTests(HostFixture fixture)
{
    private ChanceryHost Host => fixture.Host;

    [Fact]
    public async Task ResolveAuthority_OverJson_SignatureBlockAsPrinted()
    {
        var s = await Staffing.CreateAsync(Host);
        await new V1.Delegations.DelegationsClient(Host.With(Host.AdminToken)).AssignAsync(s.Assigning(s.Deputy1, "noi-vu"));
        using var http = Host.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", Host.AdminToken);

        using var response = await http.GetAsync($"/v1/units/{s.Committee.Id}/authority?field_code=noi-vu&as_of=2017-07-11");
        using var bad = await http.GetAsync($"/v1/units/{s.Committee.Id}/authority?field_code=noi-vu&as_of=11-07-2017");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var signers = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("signers");
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
            signers[1].GetProperty("signatureBlock").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("SIGNING_FORM_FOR_THE_HEAD", signers[1].GetProperty("form").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Fields_OverJson_CreatedRenamedListedByUnitAndDate()
    {
        var s = await Staffing.CreateAsync(Host);
        using var http = Host.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", Host.AdminToken);

        using var created = await http.PostAsync($"/v1/units/{s.Committee.Id}/fields", Json(
            """{"code":"chuyen-doi-so","name":"Chuyển đổi số","valid_from":"2024-01-01","basis":{"number":"15/QĐ-UBND","date":"2023-12-20"}}"""));
        var field = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("field");
        var id = field.GetProperty("id").GetString();
        using var renamed = await http.PostAsync($"/v1/fields/{id}:rename", Json(
            """{"expectedVersion":"1","name":"Chuyển đổi số và đổi mới sáng tạo","effectiveDate":"2025-01-01","basis":{"number":"20/QĐ-UBND"}}"""));
        using var listed = await http.GetAsync($"/v1/fields?unit_id={s.Committee.Id}&as_of=2024-06-01&query=chuyen%20doi");
        using var got = await http.GetAsync($"/v1/fields/{id}");
        using var bad = await http.PostAsync($"/v1/units/{s.Committee.Id}/fields", Json("""{"code":"Chuyển Đổi","name":""}"""));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, "2024-01-01", "1"), (created.StatusCode, renamed.StatusCode, field.GetProperty("validFrom").GetString(), field.GetProperty("version").GetString()));
        Assert.False(field.TryGetProperty("validTo", out _));
        var fields = JsonDocument.Parse(await listed.Content.ReadAsStringAsync()).RootElement.GetProperty("fields");
        Assert.Equal(["Chuyển đổi số"], fields.EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        var names = JsonDocument.Parse(await got.Content.ReadAsStringAsync()).RootElement.GetProperty("names");
        Assert.Equal(["2024-01-01", "2025-01-01"], names.EnumerateArray().Select(n => n.GetProperty("validFrom").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    private static StringContent Json(string body) => new(body, System.Text.Encoding.UTF8, "application/json");
}

public sealed class DelegationsJsonSqliteTests(SqliteFixture fixture) : DelegationsJsonTests(fixture), IClassFixture<SqliteFixture>;
