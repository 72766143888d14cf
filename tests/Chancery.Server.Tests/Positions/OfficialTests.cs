using System.Text;
using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using Google.Protobuf.WellKnownTypes;

namespace Chancery.Server.Tests.Positions;

/// <summary>CreateOfficial, UpdateOfficial, GetOfficial and ListRanks: a name in NFC, a rank from the catalogue, nothing more.</summary>
public abstract class OfficialTests(HostFixture fixture)
{
    private ChanceryHost Host => fixture.Host;

    private V1.Positions.PositionsClient Positions => Host.Positions;

    private Task<UpdateOfficialResponse> Update(Official official, string? fullName = null, string? rankCode = null, long? version = null, params string[] extraPaths)
    {
        var request = new UpdateOfficialRequest { Id = official.Id, ExpectedVersion = version ?? official.Version, UpdateMask = new FieldMask() };
        if (fullName is not null)
        {
            request.FullName = fullName;
            request.UpdateMask.Paths.Add("full_name");
        }

        if (rankCode is not null)
        {
            request.RankCode = rankCode;
            request.UpdateMask.Paths.Add("rank_code");
        }

        request.UpdateMask.Paths.Add(extraPaths);
        return Positions.UpdateOfficialAsync(request).ResponseAsync;
    }

    [Fact]
    public async Task CreateOfficial_DecomposedName_StoredInNfcWithRankName()
    {
        var created = (await Positions.CreateOfficialAsync(new CreateOfficialRequest
        {
            FullName = "  Nguyễn   Vũ Chi ".Normalize(NormalizationForm.FormD), RankCode = "01.001", Reason = "Hồ sơ cán bộ",
        })).Official;

        Assert.Equal(("Nguyễn Vũ Chi", "01.001", "Chuyên viên cao cấp", 1L), (created.FullName, created.RankCode, created.RankName, created.Version));
        Assert.True(created.FullName.IsNormalized(NormalizationForm.FormC));
        var read = (await Positions.GetOfficialAsync(new GetOfficialRequest { Id = created.Id })).Official;
        Assert.Equal(created, read);
    }

    [Fact]
    public async Task CreateOfficial_WithoutRank_Allowed()
    {
        var created = (await Positions.CreateOfficialAsync(new CreateOfficialRequest { FullName = "Bùi Văn Lực" })).Official;

        Assert.Equal(("", ""), (created.RankCode, created.RankName));
    }

    [Fact]
    public async Task CreateOfficial_BadInput_InvalidArgumentAndStoresNothing()
    {
        var before = await PositionCounts.ReadAsync(Host);

        await RpcAssert.InvalidArgument(() => Positions.CreateOfficialAsync(new CreateOfficialRequest { FullName = " \u200B ", RankCode = "99.999" }).ResponseAsync,
            "full_name", "rank_code");
        await RpcAssert.InvalidArgument(() => Positions.CreateOfficialAsync(new CreateOfficialRequest { FullName = new string('a', 201) }).ResponseAsync, "full_name");

        Assert.Equal(before, await PositionCounts.ReadAsync(Host));
    }

    [Fact]
    public async Task UpdateOfficial_NameAndRank_NewVersion()
    {
        var official = await Positions.CreateOfficialAsync("Trần Hải Lâm", "01.002");

        var updated = (await Update(official, fullName: "Trần Hải Lâm", rankCode: "01.001")).Official;
        var renamed = (await Update(updated, fullName: "Trần Hải Lâm ".Normalize(NormalizationForm.FormD))).Official;

        Assert.Equal(("01.001", "Chuyên viên cao cấp", 2L), (updated.RankCode, updated.RankName, updated.Version));
        Assert.Equal(updated, (await Positions.GetOfficialAsync(new GetOfficialRequest { Id = official.Id })).Official);
        Assert.Equal(("Trần Hải Lâm", 2L), (renamed.FullName, renamed.Version));
    }

    [Fact]
    public async Task UpdateOfficial_OnlyRankInMask_KeepsTheName()
    {
        var official = await Positions.CreateOfficialAsync("Quách Tất Liêm", "01.002");

        var updated = (await Positions.UpdateOfficialAsync(new UpdateOfficialRequest
        {
            Id = official.Id, FullName = "ignored", RankCode = "", UpdateMask = new FieldMask { Paths = { "rank_code" } }, ExpectedVersion = 1,
        })).Official;

        Assert.Equal(("Quách Tất Liêm", "", 2L), (updated.FullName, updated.RankCode, updated.Version));
    }

    [Fact]
    public async Task UpdateOfficial_StaleVersion_AbortedAndStoresNothing()
    {
        var official = await Positions.CreateOfficialAsync("Đinh Công Sứ", "01.002");
        await Update(official, rankCode: "01.001");
        var before = await PositionCounts.ReadAsync(Host);

        await RpcAssert.Aborted(() => Update(official, fullName: "Đinh Công Sử"));

        Assert.Equal(before, await PositionCounts.ReadAsync(Host));
    }

    [Fact]
    public async Task UpdateOfficial_BadInput_InvalidArgumentAndStoresNothing()
    {
        var official = await Positions.CreateOfficialAsync("Bùi Thị Thu Hà", "01.002");
        var before = await PositionCounts.ReadAsync(Host);

        await RpcAssert.InvalidArgument(() => Update(official, fullName: "Bùi Thị Hà", extraPaths: "phone"), "update_mask");
        await RpcAssert.InvalidArgument(() => Update(official), "update_mask");
        await RpcAssert.InvalidArgument(() => Update(official, fullName: "", rankCode: "01.999", version: 0), "full_name", "rank_code", "expected_version");
        await RpcAssert.InvalidArgument(() => Positions.UpdateOfficialAsync(new UpdateOfficialRequest
        {
            Id = "ha", FullName = "Bùi Thị Hà", UpdateMask = new FieldMask { Paths = { "full_name" } }, ExpectedVersion = 1,
        }).ResponseAsync, "id");

        Assert.Equal(before, await PositionCounts.ReadAsync(Host));
    }

    [Fact]
    public async Task UpdateOfficial_UnknownOfficial_NotFound()
    {
        await RpcAssert.NotFound(() => Positions.UpdateOfficialAsync(new UpdateOfficialRequest
        {
            Id = Guid.NewGuid().ToString(), FullName = "Bùi Thị Hà", UpdateMask = new FieldMask { Paths = { "full_name" } }, ExpectedVersion = 1,
        }).ResponseAsync);
    }

    [Fact]
    public async Task GetOfficial_UnknownOrBadId_NotFoundOrInvalidArgument()
    {
        await RpcAssert.NotFound(() => Positions.GetOfficialAsync(new GetOfficialRequest { Id = Guid.NewGuid().ToString() }).ResponseAsync);
        await RpcAssert.InvalidArgument(() => Positions.GetOfficialAsync(new GetOfficialRequest { Id = "" }).ResponseAsync, "id");
        await RpcAssert.InvalidArgument(() => Positions.GetOfficialAsync(new GetOfficialRequest { Id = "nguyen-vu-chi" }).ResponseAsync, "id");
    }

    [Fact]
    public async Task ListRanks_Catalogue_CodesWithNames()
    {
        var ranks = (await Positions.ListRanksAsync(new ListRanksRequest())).Ranks;

        Assert.Contains(ranks, r => r.Code == "01.003" && r.Name == "Chuyên viên");
        Assert.Contains(ranks, r => r.Code == "01.001" && r.Name == "Chuyên viên cao cấp");
        Assert.Equal(ranks.Count, ranks.Select(r => r.Code).Distinct().Count());
        Assert.All(ranks, r => Assert.Matches(@"^\d{2}\.\d{3}$", r.Code));
    }
}

public sealed class OfficialSqliteTests(SqliteFixture fixture) : OfficialTests(fixture), IClassFixture<SqliteFixture>;

public sealed class OfficialPostgresTests(PostgresFixture fixture) : OfficialTests(fixture), IClassFixture<PostgresFixture>;
