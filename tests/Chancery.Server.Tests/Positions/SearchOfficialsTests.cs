using System.Text;
using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;

namespace Chancery.Server.Tests.Positions;

/// <summary>
/// SearchOfficials folds diacritics and đ/Đ and answers in Vietnamese order: by given name, then by
/// full name. Each test uses family names no other test of the class uses.
/// </summary>
public abstract class SearchOfficialsTests(HostFixture fixture)
{
    private ChanceryHost Host => fixture.Host;

    private V1.Positions.PositionsClient Positions => Host.Positions;

    private async Task<SearchOfficialsResponse> Search(string query, int pageSize = 0, string pageToken = "") =>
        await Positions.SearchOfficialsAsync(new SearchOfficialsRequest { Query = query, PageSize = pageSize, PageToken = pageToken });

    [Theory]
    [InlineData("nguyen vu chi")]
    [InlineData("NGUYỄN VŨ CHI")]
    [InlineData("Nguyễn Vũ Chi")]
    [InlineData("  vu   chi ")]
    public async Task SearchOfficials_FoldedOrCasedQuery_FindsTheName(string query)
    {
        if ((await Search("nguyen vu chi")).TotalSize == 0)
        {
            await Positions.CreateOfficialAsync("Nguyễn Vũ Chi", "01.001");
        }

        var found = await Search(query.Normalize(NormalizationForm.FormD));

        Assert.Equal("Nguyễn Vũ Chi", Assert.Single(found.Officials).FullName);
        Assert.Equal(1, found.TotalSize);
    }

    [Fact]
    public async Task SearchOfficials_DStroke_FoldsToD()
    {
        await Positions.CreateOfficialAsync("Đàm Quang Đạo");

        Assert.Equal("Đàm Quang Đạo", Assert.Single((await Search("dam quang dao")).Officials).FullName);
        Assert.Equal("Đàm Quang Đạo", Assert.Single((await Search("ĐÀM")).Officials).FullName);
    }

    [Fact]
    public async Task SearchOfficials_SeveralMatches_ByGivenNameThenFullName()
    {
        foreach (var name in new[] { "Mạc Văn Đức", "Mạc Thị Dung", "Mạc Văn Anh", "Mạc Ánh", "Mạc Thị Anh", "Mạc Bảo", "Mạc Ơn", "Mạc Ôn", "Mạc Tú" })
        {
            await Positions.CreateOfficialAsync(name);
        }

        var found = await Search("mac");

        Assert.Equal(
            ["Mạc Thị Anh", "Mạc Văn Anh", "Mạc Ánh", "Mạc Bảo", "Mạc Thị Dung", "Mạc Văn Đức", "Mạc Ôn", "Mạc Ơn", "Mạc Tú"],
            found.Officials.Select(o => o.FullName));
    }

    [Fact]
    public async Task SearchOfficials_Paged_EachOnceInOrderWithTotal()
    {
        var names = new[] { "Giáp Văn Em", "Giáp Thị Cúc", "Giáp Văn Bình", "Giáp Thị Hoa", "Giáp Văn Giang" };
        foreach (var name in names)
        {
            await Positions.CreateOfficialAsync(name);
        }

        var pages = new List<SearchOfficialsResponse> { await Search("giap", pageSize: 2) };
        while (pages[^1].NextPageToken.Length > 0)
        {
            pages.Add(await Search("giap", pageSize: 2, pageToken: pages[^1].NextPageToken));
        }

        Assert.Equal([2, 2, 1], pages.Select(p => p.Officials.Count));
        Assert.All(pages, p => Assert.Equal(5, p.TotalSize));
        Assert.Equal(
            ["Giáp Văn Bình", "Giáp Thị Cúc", "Giáp Văn Em", "Giáp Văn Giang", "Giáp Thị Hoa"],
            pages.SelectMany(p => p.Officials).Select(o => o.FullName));
    }

    [Fact]
    public async Task SearchOfficials_AfterRename_FindsTheNewNameOnly()
    {
        var official = await Positions.CreateOfficialAsync("Khổng Văn Tâm");
        await Positions.UpdateOfficialAsync(new UpdateOfficialRequest
        {
            Id = official.Id, FullName = "Khổng Minh Tâm", ExpectedVersion = official.Version,
            UpdateMask = new Google.Protobuf.WellKnownTypes.FieldMask { Paths = { "full_name" } },
        });

        Assert.Empty((await Search("khong van tam")).Officials);
        Assert.Equal(official.Id, Assert.Single((await Search("khong minh tam")).Officials).Id);
    }

    [Fact]
    public async Task SearchOfficials_NoMatch_EmptyWithoutToken()
    {
        var found = await Search("xyzzy");

        Assert.Empty(found.Officials);
        Assert.Equal((0, ""), (found.TotalSize, found.NextPageToken));
    }

    [Fact]
    public async Task SearchOfficials_BadInput_InvalidArgument()
    {
        await RpcAssert.InvalidArgument(() => Search("   "), "query");
        await RpcAssert.InvalidArgument(() => Search(new string('a', 201)), "query");
        await RpcAssert.InvalidArgument(() => Search("mac", pageSize: -1), "page_size");
        await RpcAssert.InvalidArgument(() => Search("mac", pageSize: 1001), "page_size");
        await RpcAssert.InvalidArgument(() => Search("mac", pageToken: "not-a-token"), "page_token");
    }
}

public sealed class SearchOfficialsSqliteTests(SqliteFixture fixture) : SearchOfficialsTests(fixture), IClassFixture<SqliteFixture>;

public sealed class SearchOfficialsPostgresTests(PostgresFixture fixture) : SearchOfficialsTests(fixture), IClassFixture<PostgresFixture>;
