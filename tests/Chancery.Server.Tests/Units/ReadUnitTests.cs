using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;

namespace Chancery.Server.Tests.Units;

public abstract class ReadUnitTests(HostFixture fixture)
{
    private ChanceryHost Host => fixture.Host;

    [Fact]
    public async Task GetUnit_ByIdAndByCode_SameUnit()
    {
        var root = await Host.Units.CreateRootAsync();
        var code = UnitsApi.NextCode();
        var unit = await Host.Units.CreateAsync("Sở Tư pháp", UnitKind.Department, root, code: code);

        var byCode = await Host.Units.GetUnitAsync(new GetUnitRequest { Code = code });

        Assert.Equal(unit, byCode.Unit);
        Assert.Equal(unit, await Host.Units.GetAsync(unit.Id));
    }

    [Fact]
    public async Task GetUnit_BadInput_InvalidArgument()
    {
        await RpcAssert.InvalidArgument(() => Host.Units.GetUnitAsync(new GetUnitRequest()).ResponseAsync, "id");
        await RpcAssert.InvalidArgument(() => Host.Units.GetUnitAsync(new GetUnitRequest { Id = "xyz", AsOf = "2025-02-30" }).ResponseAsync, "id", "as_of");
        await RpcAssert.InvalidArgument(() => Host.Units.GetUnitAsync(new GetUnitRequest { Code = "000.00.00" }).ResponseAsync, "code");
    }

    [Fact]
    public async Task GetUnit_Unknown_NotFound()
    {
        await RpcAssert.NotFound(() => Host.Units.GetUnitAsync(new GetUnitRequest { Id = Guid.NewGuid().ToString() }).ResponseAsync);
        await RpcAssert.NotFound(() => Host.Units.GetUnitAsync(new GetUnitRequest { Code = "999.99.99.Z99" }).ResponseAsync);
    }

    [Fact]
    public async Task GetUnit_BeforeEstablishment_NotFoundSaysWhen()
    {
        var root = await Host.Units.CreateRootAsync("2010-05-01");

        var error = await RpcAssert.NotFound(() => Host.Units.GetAsync(root.Id, "2010-04-30"));

        Assert.Contains("2010-05-01", error.Status.Detail);
    }

    [Fact]
    public async Task ListChildren_Paged_InVietnameseOrder()
    {
        var root = await Host.Units.CreateRootAsync();
        foreach (var name in new[] { "Phường Đống Đa", "Xã An Bình", "Phường Ba Đình", "Xã Ái Quốc", "Phường Hoàn Kiếm" })
        {
            await Host.Units.CreateAsync(name, UnitKind.Commune, root);
        }

        var names = new List<string>();
        var token = "";
        var pages = 0;
        do
        {
            var page = await Host.Units.ListChildrenAsync(new ListChildrenRequest { ParentId = root.Id, PageSize = 2, PageToken = token });
            Assert.Equal(5, page.TotalSize);
            names.AddRange(page.Units.Select(u => u.Name));
            token = page.NextPageToken;
            pages++;
        }
        while (token.Length > 0);

        Assert.Equal(3, pages);
        Assert.Equal(["Phường Ba Đình", "Phường Đống Đa", "Phường Hoàn Kiếm", "Xã Ái Quốc", "Xã An Bình"], names);
    }

    [Fact]
    public async Task ListChildren_BadInput_InvalidArgument()
    {
        var root = await Host.Units.CreateRootAsync();

        await RpcAssert.InvalidArgument(() => Host.Units.ListChildrenAsync(new ListChildrenRequest { ParentId = root.Id, PageSize = 1001 }).ResponseAsync, "page_size");
        await RpcAssert.InvalidArgument(() => Host.Units.ListChildrenAsync(new ListChildrenRequest { ParentId = root.Id, PageToken = "garbage!" }).ResponseAsync, "page_token");
        await RpcAssert.InvalidArgument(() => Host.Units.ListChildrenAsync(new ListChildrenRequest { ParentId = "42" }).ResponseAsync, "parent_id");
    }

    [Fact]
    public async Task ListChildren_PageTokenKeepsItsDate()
    {
        var root = await Host.Units.CreateRootAsync();
        for (var i = 0; i < 3; i++)
        {
            await Host.Units.CreateAsync($"Phòng {i}", UnitKind.Division, root, "2020-01-01");
        }

        await Host.Units.CreateAsync("Phòng mới", UnitKind.Division, root, "2023-01-01");
        var first = await Host.Units.ListChildrenAsync(new ListChildrenRequest { ParentId = root.Id, PageSize = 2, AsOf = "2021-01-01" });

        var second = await Host.Units.ListChildrenAsync(new ListChildrenRequest { ParentId = root.Id, PageSize = 2, PageToken = first.NextPageToken });
        await RpcAssert.InvalidArgument(() => Host.Units.ListChildrenAsync(new ListChildrenRequest
        {
            ParentId = root.Id, PageSize = 2, PageToken = first.NextPageToken, AsOf = "2024-01-01",
        }).ResponseAsync, "page_token");

        Assert.Equal(3, second.TotalSize);
        Assert.Single(second.Units);
        Assert.Equal("", second.NextPageToken);
    }

    [Fact]
    public async Task GetAncestors_FromTopDown()
    {
        var root = await Host.Units.CreateRootAsync();
        var committee = await Host.Units.CreateAsync("Ủy ban nhân dân tỉnh", UnitKind.PeopleCommittee, root);
        var department = await Host.Units.CreateAsync("Sở Nội vụ", UnitKind.Department, committee);
        var division = await Host.Units.CreateAsync("Phòng Công chức, viên chức", UnitKind.Division, department);

        var ancestors = await Host.Units.GetAncestorsAsync(new GetAncestorsRequest { Id = division.Id });

        Assert.Equal([root.Id, committee.Id, department.Id], ancestors.Ancestors.Select(a => a.Id));
    }

    [Fact]
    public async Task StreamSubtree_ChunksPreOrderWithDepths()
    {
        var root = await Host.Units.CreateRootAsync();
        var a = await Host.Units.CreateAsync("A Sở", UnitKind.Department, root);
        await Host.Units.CreateAsync("A1 Phòng", UnitKind.Division, a);
        await Host.Units.CreateAsync("A2 Phòng", UnitKind.Division, a);
        await Host.Units.CreateAsync("B Sở", UnitKind.Department, root);

        using var call = Host.Units.StreamSubtree(new StreamSubtreeRequest { Id = root.Id, ChunkSize = 2 });
        var chunks = new List<StreamSubtreeResponse>();
        while (await call.ResponseStream.MoveNext(default))
        {
            chunks.Add(call.ResponseStream.Current);
        }

        Assert.Equal([2, 2, 1], chunks.Select(c => c.Units.Count));
        var items = chunks.SelectMany(c => c.Units).Select(u => (u.Unit.Name, u.Depth)).ToList();
        Assert.Equal([(root.Name, 0), ("A Sở", 1), ("A1 Phòng", 2), ("A2 Phòng", 2), ("B Sở", 1)], items);
    }

    [Fact]
    public async Task StreamSubtree_DepthLimitAndPastDate()
    {
        var root = await Host.Units.CreateRootAsync();
        var a = await Host.Units.CreateAsync("Sở cũ", UnitKind.Department, root, "2020-01-01");
        await Host.Units.CreateAsync("Phòng", UnitKind.Division, a, "2020-01-01");
        await Host.Units.CreateAsync("Sở mới", UnitKind.Department, root, "2024-01-01");

        var shallow = await ReadAll(new StreamSubtreeRequest { Id = root.Id, MaxDepth = 1 });
        var past = await ReadAll(new StreamSubtreeRequest { Id = root.Id, AsOf = "2021-01-01" });

        Assert.Equal([root.Name, "Sở cũ", "Sở mới"], shallow);
        Assert.Equal([root.Name, "Sở cũ", "Phòng"], past);
        await RpcAssert.InvalidArgument(() => ReadAll(new StreamSubtreeRequest { Id = root.Id, MaxDepth = -1, ChunkSize = 20_000 }), "max_depth", "chunk_size");
        await RpcAssert.NotFound(() => ReadAll(new StreamSubtreeRequest { Id = root.Id, AsOf = "1999-01-01" }));
    }

    [Fact]
    public async Task SearchUnits_FoldsDiacriticsAndFilters()
    {
        var root = await Host.Units.CreateRootAsync();
        var district = await Host.Units.CreateAsync("Huyện Lương Sơn", UnitKind.District, root);
        await Host.Units.CreateAsync("Thị trấn Lương Sơn", UnitKind.Township, district);
        var other = await Host.Units.CreateRootAsync();
        await Host.Units.CreateAsync("Xã Lương Sơn", UnitKind.Commune, other);

        foreach (var query in new[] { "luong son", "LƯƠNG SƠN", "Lương Sơn", "luong   SON" })
        {
            var found = await Host.Units.SearchUnitsAsync(new SearchUnitsRequest { Query = query, WithinId = root.Id });
            Assert.Equal(["Huyện Lương Sơn", "Thị trấn Lương Sơn"], found.Units.Select(u => u.Name));
        }

        var districts = await Host.Units.SearchUnitsAsync(new SearchUnitsRequest { Query = "luong son", Kinds = { UnitKind.District }, WithinId = root.Id });
        Assert.Equal(district.Id, Assert.Single(districts.Units).Id);
        await RpcAssert.InvalidArgument(() => Host.Units.SearchUnitsAsync(new SearchUnitsRequest { Query = " " }).ResponseAsync, "query");
    }

    [Fact]
    public async Task SearchUnits_DWithStroke_FoldsToD()
    {
        var root = await Host.Units.CreateRootAsync();
        await Host.Units.CreateAsync("Phường Đống Đa", UnitKind.Ward, root);

        var found = await Host.Units.SearchUnitsAsync(new SearchUnitsRequest { Query = "dong da", WithinId = root.Id });

        Assert.Equal("Phường Đống Đa", Assert.Single(found.Units).Name);
    }

    [Fact]
    public async Task GetUnitHistory_Unknown_NotFound()
    {
        await RpcAssert.NotFound(() => Host.Units.GetUnitHistoryAsync(new GetUnitHistoryRequest { Id = Guid.NewGuid().ToString() }).ResponseAsync);
    }

    private async Task<List<string>> ReadAll(StreamSubtreeRequest request)
    {
        using var call = Host.Units.StreamSubtree(request);
        var names = new List<string>();
        while (await call.ResponseStream.MoveNext(default))
        {
            names.AddRange(call.ResponseStream.Current.Units.Select(u => u.Unit.Name));
        }

        return names;
    }
}

public sealed class ReadUnitSqliteTests(SqliteFixture fixture) : ReadUnitTests(fixture), IClassFixture<SqliteFixture>;

public sealed class ReadUnitPostgresTests(PostgresFixture fixture) : ReadUnitTests(fixture), IClassFixture<PostgresFixture>;
