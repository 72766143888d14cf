using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using Google.Protobuf.WellKnownTypes;
using static Chancery.Server.Tests.Reorganizations.Plans;

namespace Chancery.Server.Tests.Reorganizations;

/// <summary>Renames: name, short name, kind and code from a date, the unit keeping its identity.</summary>
public abstract class RenameTests(HostFixture fixture)
{
    private ChanceryHost Host => fixture.Host;

    private V1.Reorganizations.ReorganizationsClient Reorganizations => Host.Reorganizations;

    private Task<ApplyPlanResponse> RenameUnit(Operation rename) =>
        Reorganizations.RenameUnitAsync(new RenameUnitRequest { PlanId = NewId(), EffectiveDate = Reform, Basis = Basis(), Rename = rename.Rename }).ResponseAsync;

    [Fact]
    public async Task RenameUnit_NameKindAndCode_NewVersionFromDateOldOneBefore()
    {
        var province = await Host.Units.CreateRootAsync();
        var oldCode = UnitsApi.NextCode();
        var newCode = UnitsApi.NextCode();
        var township = await Host.Units.CreateAsync("Thị trấn Lương Sơn", UnitKind.Township, province, code: oldCode);

        var result = (await RenameUnit(Rename(Id(township), "Xã Lương Sơn", UnitKind.Commune, newCode, "xã Lương Sơn"))).Result;

        var change = result.ChangeOf(township.Id);
        Assert.Equal((true, false, "Thị trấn Lương Sơn", "Xã Lương Sơn"), (change.Renamed, change.Moved, change.OldName, change.Name));
        Assert.Equal(1, result.Counts.Renamed);
        var before = await Host.Units.GetAsync(township.Id, "2025-06-30");
        var after = await Host.Units.GetAsync(township.Id, Reform);
        Assert.Equal(("Thị trấn Lương Sơn", UnitKind.Township, oldCode, ""), (before.Name, before.Kind, before.Code, before.ShortName));
        Assert.Equal(("Xã Lương Sơn", UnitKind.Commune, newCode, "xã Lương Sơn"), (after.Name, after.Kind, after.Code, after.ShortName));
        Assert.Equal(township.Id, (await Host.Units.GetUnitAsync(new GetUnitRequest { Code = newCode, AsOf = Reform })).Unit.Id);
        Assert.Equal([$"Renamed {Reform} Thị trấn Lương Sơn>Xã Lương Sơn"], (await Reorganizations.LineageAsync(township)).Describe());
    }

    [Fact]
    public async Task RenameUnit_OnlyTheMaskedFields_OthersKept()
    {
        var province = await Host.Units.CreateRootAsync();
        var code = UnitsApi.NextCode();
        var unit = await Host.Units.CreateAsync("Sở Kế hoạch và Đầu tư", UnitKind.Department, province, code: code);

        await RenameUnit(Rename(Id(unit), kind: UnitKind.Agency));

        var after = await Host.Units.GetAsync(unit.Id, Reform);
        Assert.Equal(("Sở Kế hoạch và Đầu tư", UnitKind.Agency, code), (after.Name, after.Kind, after.Code));
    }

    [Fact]
    public async Task RenameUnit_ToCodeHeldByAnother_FailedPreconditionStoresNothing()
    {
        var province = await Host.Units.CreateRootAsync();
        var taken = UnitsApi.NextCode();
        await Host.Units.CreateAsync("Xã Đã có mã", UnitKind.Commune, province, code: taken);
        var unit = await Host.Units.CreateAsync("Xã Khác", UnitKind.Commune, province);
        var before = await ReorganizationStore.ReadAsync(Host);

        var failure = await RpcAssert.FailedPrecondition(() => RenameUnit(Rename(Id(unit), code: taken)), "hierarchy.code-unique");

        Assert.Equal($"operations/0 units/{unit.Id}", Assert.Single(failure.Violations).Subject);
        Assert.Equal(before, await ReorganizationStore.ReadAsync(Host));
    }

    [Fact]
    public async Task RenameUnit_BadInput_InvalidArgumentNamingEachField()
    {
        var province = await Host.Units.CreateRootAsync();
        var unit = await Host.Units.CreateAsync("Phòng Nội vụ", UnitKind.Division, province);
        var masked = new RenameOperation { Unit = Id(unit), UpdateMask = new FieldMask { Paths = { "parent_id" } } };

        await RpcAssert.InvalidArgument(() => RenameUnit(Rename(Id(unit))), "rename.update_mask");
        await RpcAssert.InvalidArgument(() => RenameUnit(new Operation { Rename = masked }), "rename.update_mask");
        await RpcAssert.InvalidArgument(() => RenameUnit(Rename(Id(unit), name: "  ", kind: UnitKind.Unspecified, code: "H30")), "rename.name", "rename.kind", "rename.code");
        await RpcAssert.InvalidArgument(() => RenameUnit(Rename(new UnitRef(), name: "Phòng A")), "rename.unit");
    }
}

public sealed class RenameSqliteTests(SqliteFixture fixture) : RenameTests(fixture), IClassFixture<SqliteFixture>;

public sealed class RenamePostgresTests(PostgresFixture fixture) : RenameTests(fixture), IClassFixture<PostgresFixture>;
