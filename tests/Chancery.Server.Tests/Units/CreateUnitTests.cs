using System.Text;
using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using Grpc.Core;

namespace Chancery.Server.Tests.Units;

public abstract class CreateUnitTests(HostFixture fixture)
{
    private ChanceryHost Host => fixture.Host;

    [Fact]
    public async Task CreateUnit_Valid_StoresNfcNameAndReturnsVersionOne()
    {
        var root = await Host.Units.CreateRootAsync();
        var decomposed = "  Sở   Nội vụ  ".Normalize(NormalizationForm.FormD);
        var code = UnitsApi.NextCode();

        var unit = await Host.Units.CreateAsync(decomposed, UnitKind.Department, root, "2021-03-01", code.ToLowerInvariant());

        Assert.Equal("Sở Nội vụ", unit.Name);
        Assert.True(unit.Name.IsNormalized(NormalizationForm.FormC));
        Assert.Equal(code, unit.Code);
        Assert.Equal(root.Id, unit.ParentId);
        Assert.Equal("2021-03-01", unit.ValidFrom);
        Assert.Equal("", unit.ValidTo);
        Assert.Equal(1, unit.Version);
        var read = await Host.Units.GetAsync(unit.Id, "2021-03-01");
        Assert.Equal(unit, read);
    }

    [Fact]
    public async Task CreateUnit_WithoutValidFrom_StartsToday()
    {
        var unit = await Host.Units.CreateUnitAsync(new CreateUnitRequest { Name = UnitsApi.UniqueName("Tỉnh Hôm nay"), Kind = UnitKind.Province });

        Assert.Equal("2026-06-15", unit.Unit.ValidFrom);
    }

    [Fact]
    public async Task CreateUnit_BadInput_ReportsEveryFieldAndStoresNothing()
    {
        var before = await Host.StoredAsync();

        await RpcAssert.InvalidArgument(() => Host.Units.CreateUnitAsync(new CreateUnitRequest
        {
            Name = "   ",
            Kind = UnitKind.Unspecified,
            Code = "H30",
            ShortName = new string('x', 101),
        }).ResponseAsync, "name", "kind", "code", "short_name");
        await RpcAssert.InvalidArgument(() => Host.Units.CreateUnitAsync(new CreateUnitRequest
        {
            Name = "Sở Tư pháp",
            Kind = UnitKind.Department,
            ParentId = "not-a-uuid",
            ValidFrom = "01/07/2025",
        }).ResponseAsync, "parent_id", "valid_from");
        await RpcAssert.InvalidArgument(() => Host.Units.CreateUnitAsync(new CreateUnitRequest
        {
            Name = new string('a', 301),
            Kind = UnitKind.Department,
        }).ResponseAsync, "name");

        Assert.Equal(before, await Host.StoredAsync());
    }

    [Fact]
    public async Task CreateUnit_MissingParent_NotFound()
    {
        await RpcAssert.NotFound(() => Host.Units.CreateUnitAsync(new CreateUnitRequest
        {
            Name = "Phòng Tổng hợp",
            Kind = UnitKind.Division,
            ParentId = Guid.NewGuid().ToString(),
        }).ResponseAsync);
    }

    [Fact]
    public async Task CreateUnit_BeforeParentExists_FailedPreconditionAndStoresNothing()
    {
        var root = await Host.Units.CreateRootAsync("2010-01-01");
        var before = await Host.StoredAsync();

        await RpcAssert.FailedPrecondition(() => Host.Units.CreateAsync("Sở Xây dựng", UnitKind.Department, root, "2009-12-31"), "hierarchy.parent-period");

        Assert.Equal(before, await Host.StoredAsync());
    }

    [Fact]
    public async Task CreateUnit_CodeHeldOnSameDate_FailedPrecondition()
    {
        var root = await Host.Units.CreateRootAsync();
        var code = UnitsApi.NextCode();
        await Host.Units.CreateAsync("Sở Tài chính", UnitKind.Department, root, "2020-01-01", code);

        var failure = await RpcAssert.FailedPrecondition(() => Host.Units.CreateAsync("Sở Tài chính mới", UnitKind.Department, root, "2024-01-01", code), "hierarchy.code-unique");

        Assert.Contains(code, failure.Violations[0].Description);
    }

    [Fact]
    public async Task CreateUnit_CodeOfClosedUnit_AllowedAfterItsEnd()
    {
        var root = await Host.Units.CreateRootAsync();
        var code = UnitsApi.NextCode();
        var old = await Host.Units.CreateAsync("Sở Kế hoạch và Đầu tư", UnitKind.Department, root, "2020-01-01", code);
        await Host.Units.CloseUnitAsync(new CloseUnitRequest { Id = old.Id, ExpectedVersion = old.Version, EffectiveDate = "2025-03-01" });

        var successor = await Host.Units.CreateAsync("Sở Tài chính", UnitKind.Department, root, "2025-03-01", code);

        Assert.Equal(code, successor.Code);
        Assert.Equal(old.Id, (await Host.Units.GetUnitAsync(new GetUnitRequest { Code = code, AsOf = "2024-12-31" })).Unit.Id);
        Assert.Equal(successor.Id, (await Host.Units.GetUnitAsync(new GetUnitRequest { Code = code, AsOf = "2025-03-01" })).Unit.Id);
    }

    [Fact]
    public async Task CreateUnit_NoCode_ManyAllowed()
    {
        var root = await Host.Units.CreateRootAsync();

        var a = await Host.Units.CreateAsync("Tổ Một cửa", UnitKind.Team, root);
        var b = await Host.Units.CreateAsync("Tổ Tổng hợp", UnitKind.Team, root);

        Assert.Equal("", a.Code);
        Assert.Equal("", b.Code);
    }
}

public sealed class CreateUnitSqliteTests(SqliteFixture fixture) : CreateUnitTests(fixture), IClassFixture<SqliteFixture>;

public sealed class CreateUnitPostgresTests(PostgresFixture fixture) : CreateUnitTests(fixture), IClassFixture<PostgresFixture>;
