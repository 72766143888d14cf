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
}

public sealed class DelegationsJsonSqliteTests(SqliteFixture fixture) : DelegationsJsonTests(fixture), IClassFixture<SqliteFixture>;
