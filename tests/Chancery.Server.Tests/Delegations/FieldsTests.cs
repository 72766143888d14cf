using System.Text.Json;
using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using Microsoft.EntityFrameworkCore;

namespace Chancery.Server.Tests.Delegations;

/// <summary>
/// A unit's own fields of work through the gRPC pipeline: created, renamed and closed from dates,
/// listed with the national ones as of a date, searched folding diacritics; each rule
/// (fields.code-unique, fields.of-unit, fields.in-use, fields.effective-date-in-period) on both
/// sides of its boundary, bad input, stale versions, the trail; nothing stored on refusal.
/// </summary>
public abstract class FieldsTests(HostFixture fixture)
{
    private ChanceryHost Host => fixture.Host;

    private V1.Delegations.DelegationsClient Delegations => new(Host.With(Host.AdminToken));

    private static Basis Decision => new() { Number = "12/QĐ-UBND", Date = "2016-06-20", Issuer = "Ủy ban nhân dân huyện Lương Sơn" };

    private async Task<Field> CreateAsync(Unit unit, string code, string name = "Du lịch cộng đồng", string from = "2016-07-01") =>
        (await Delegations.CreateFieldAsync(new CreateFieldRequest { UnitId = unit.Id, Code = code, Name = name, ValidFrom = from, Basis = Decision })).Field;

    private async Task<List<Field>> ListAsync(Unit unit, string asOf, string query = "") =>
        [.. (await Delegations.ListFieldsAsync(new ListFieldsRequest { UnitId = unit.Id, AsOf = asOf, Query = query })).Fields];

    private Task<ResolveAuthorityResponse> ResolveAsync(Staffing s, string field, string asOf) =>
        Delegations.ResolveAuthorityAsync(new ResolveAuthorityRequest { UnitId = s.Committee.Id, FieldCode = field, AsOf = asOf }).ResponseAsync;

    [Fact]
    public async Task CreateField_ListedWithTheNationalOnesFromItsStart_SearchedFoldingDiacritics_Audited()
    {
        var s = await Staffing.CreateAsync(Host);

        var field = await CreateAsync(s.Committee, "du-lich-cong-dong", from: "2017-01-01");

        Assert.Equal(("du-lich-cong-dong", "Du lịch cộng đồng", s.Committee.Id, "2017-01-01", "", 1L, "12/QĐ-UBND"),
            (field.Code, field.Name, field.UnitId, field.ValidFrom, field.ValidTo, field.Version, field.Basis.Number));
        Assert.DoesNotContain(await ListAsync(s.Committee, "2016-12-31"), f => f.Code == field.Code);
        var listed = await ListAsync(s.Committee, "2017-01-01");
        Assert.Equal(("noi-vu", ""), (listed[0].Code, listed[0].Id));
        Assert.Equal(field.Id, listed[^1].Id);
        Assert.Equal([field.Id], (await ListAsync(s.Committee, "2017-01-01", "DU LICH cong")).Select(f => f.Id));
        Assert.Empty(await ListAsync(s.Committee, "2017-01-01", "du lich nong thon"));
        Assert.DoesNotContain((await Delegations.ListFieldsAsync(new ListFieldsRequest { Query = "du lich cong dong" })).Fields, f => f.Code == field.Code);
        var trail = (await Host.Audit.ListAuditEntriesAsync(new ListAuditEntriesRequest { EntityKind = "field", EntityId = field.Id, PageSize = 10 })).Entries;
        Assert.Equal("/chancery.v1.Delegations/CreateField", Assert.Single(trail).Operation);
        Assert.Equal("du-lich-cong-dong", JsonDocument.Parse(trail[0].After).RootElement.GetProperty("code").GetString());
        await using var db = Host.CreateDbContext();
        Assert.Contains($"field:{field.Id}", (await db.ChangeLog.SingleAsync(c => c.Sequence == trail[0].ChangeSequence)).Entities);
    }

    [Fact]
    public async Task CreateField_CodeOfTheUnitOnOverlappingDatesOrNational_FailedPreconditionCodeUniqueAndStoresNothing()
    {
        var s = await Staffing.CreateAsync(Host);
        var first = await CreateAsync(s.Committee, "chuyen-doi-so", "Chuyển đổi số", "2016-07-01");
        await Delegations.CloseFieldAsync(new CloseFieldRequest { Id = first.Id, ExpectedVersion = 1, EffectiveDate = "2018-01-01" });
        var before = await FieldCounts.ReadAsync(Host);

        var clash = await RpcAssert.FailedPrecondition(() => CreateAsync(s.Committee, "chuyen-doi-so", from: "2017-12-31"), "fields.code-unique");
        await RpcAssert.FailedPrecondition(() => CreateAsync(s.Committee, "noi-vu", "Nội vụ riêng"), "fields.code-unique");

        Assert.Contains(first.Id, clash.Violations.Single().Description);
        Assert.Equal(before, await FieldCounts.ReadAsync(Host));
        Assert.Equal("2018-01-01", (await CreateAsync(s.Committee, "chuyen-doi-so", "Chuyển đổi số", "2018-01-01")).ValidFrom);
        var other = await Staffing.CreateAsync(Host);
        Assert.Equal(other.Committee.Id, (await CreateAsync(other.Committee, "chuyen-doi-so", from: "2017-06-01")).UnitId);
    }

    [Fact]
    public async Task Assign_AUnitsOwnField_OnlyForThatUnitWithinTheFieldsPeriod_ResolvesInIt()
    {
        var s = await Staffing.CreateAsync(Host);
        var other = await Staffing.CreateAsync(Host);
        await CreateAsync(s.Committee, "du-lich-cong-dong", from: "2016-07-10");
        var late = await CreateAsync(s.Committee, "nong-thon-moi", "Xây dựng nông thôn mới", "2016-07-11");
        var before = await FieldCounts.ReadAsync(Host);

        await RpcAssert.FailedPrecondition(() => Delegations.AssignAsync(other.Assigning(other.Deputy1, "du-lich-cong-dong")).ResponseAsync, "fields.of-unit");
        await RpcAssert.FailedPrecondition(() => Delegations.AssignAsync(s.Assigning(s.Deputy1, "nong-thon-moi")).ResponseAsync, "fields.of-unit");
        await RpcAssert.InvalidArgument(() => Delegations.AssignAsync(s.Assigning(s.Deputy1, "khong-co-dau")).ResponseAsync, "field_codes");
        Assert.Equal(before, await FieldCounts.ReadAsync(Host));

        var d = (await Delegations.AssignAsync(s.Assigning(s.Deputy1, "du-lich-cong-dong"))).Delegation;
        await Delegations.AssignAsync(new AssignRequest(s.Assigning(s.Deputy2, "nong-thon-moi")) { ValidFrom = late.ValidFrom });
        var signers = (await ResolveAsync(s, "du-lich-cong-dong", "2017-07-11")).Signers;
        Assert.Equal(d.Id, signers.Single(x => x.OfficialId == s.Deputy1.Id).DelegationId);
        Assert.Contains("Du lịch cộng đồng", signers.Single(x => x.OfficialId == s.Deputy1.Id).Chain[1].Description);
        Assert.Equal(d.Id, (await Delegations.ListDelegationsAsync(new ListDelegationsRequest { UnitId = s.Committee.Id, FieldCode = "du-lich-cong-dong", AsOf = "2017-01-01" })).Delegations.Single().Id);
    }

    [Fact]
    public async Task CloseField_InUseByADelegationAfterTheDate_FailedPreconditionInUse_ClosesOnceItEnds()
    {
        var s = await Staffing.CreateAsync(Host);
        var field = await CreateAsync(s.Committee, "kinh-te-dem", "Kinh tế ban đêm", "2016-07-01");
        var d = (await Delegations.AssignAsync(s.Assigning(s.Deputy1, "kinh-te-dem", "noi-vu"))).Delegation;
        var close = new CloseFieldRequest { Id = field.Id, ExpectedVersion = 1, EffectiveDate = "2020-01-01", Reason = "Không còn là lĩnh vực riêng" };

        var inUse = await RpcAssert.FailedPrecondition(() => Delegations.CloseFieldAsync(close).ResponseAsync, "fields.in-use");
        Assert.Contains(d.Id, inUse.Violations.Single().Description);
        await Delegations.RevokeAsync(new RevokeRequest { Id = d.Id, ExpectedVersion = 1, EffectiveDate = "2020-01-02" });
        var before = await FieldCounts.ReadAsync(Host);
        await RpcAssert.FailedPrecondition(() => Delegations.CloseFieldAsync(close).ResponseAsync, "fields.in-use");
        Assert.Equal(before, await FieldCounts.ReadAsync(Host));
        await Delegations.RevokeAsync(new RevokeRequest { Id = d.Id, ExpectedVersion = 2, EffectiveDate = "2020-01-01" });

        var closed = (await Delegations.CloseFieldAsync(close)).Field;

        Assert.Equal(("2020-01-01", 2L), (closed.ValidTo, closed.Version));
        Assert.Contains(await ListAsync(s.Committee, "2019-12-31"), f => f.Id == field.Id);
        Assert.DoesNotContain(await ListAsync(s.Committee, "2020-01-01"), f => f.Id == field.Id);
        await RpcAssert.FailedPrecondition(() => Delegations.AssignAsync(new AssignRequest(s.Assigning(s.Deputy1, "kinh-te-dem")) { ValidFrom = "2019-12-01" }).ResponseAsync, "fields.of-unit");
        Assert.NotNull(await Delegations.AssignAsync(new AssignRequest(s.Assigning(s.Deputy1, "kinh-te-dem")) { ValidFrom = "2019-12-01", ValidTo = "2020-01-01" }));
    }

    [Fact]
    public async Task RenameField_FromADate_KeepsTheEarlierName_StaleVersionAbortedAndDatesOutsideRefused()
    {
        var s = await Staffing.CreateAsync(Host);
        var field = await CreateAsync(s.Committee, "ocop", "Chương trình OCOP", "2016-07-01");
        var rename = new RenameFieldRequest { Id = field.Id, ExpectedVersion = 1, Name = "Mỗi xã một sản phẩm", EffectiveDate = "2019-01-01", Basis = Decision };

        await RpcAssert.Aborted(() => Delegations.RenameFieldAsync(new RenameFieldRequest(rename) { ExpectedVersion = 3 }).ResponseAsync);
        await RpcAssert.FailedPrecondition(() => Delegations.RenameFieldAsync(new RenameFieldRequest(rename) { EffectiveDate = "2016-07-01" }).ResponseAsync, "fields.effective-date-in-period");
        await RpcAssert.FailedPrecondition(() => Delegations.CloseFieldAsync(new CloseFieldRequest { Id = field.Id, ExpectedVersion = 1, EffectiveDate = "2016-07-01" }).ResponseAsync, "fields.effective-date-in-period");
        var renamed = (await Delegations.RenameFieldAsync(rename)).Field;

        Assert.Equal(("Mỗi xã một sản phẩm", 2L), (renamed.Name, renamed.Version));
        Assert.Equal("Chương trình OCOP", (await ListAsync(s.Committee, "2018-12-31")).Single(f => f.Id == field.Id).Name);
        Assert.Equal("Mỗi xã một sản phẩm", (await ListAsync(s.Committee, "2019-01-01", "moi xa")).Single().Name);
        var got = await Delegations.GetFieldAsync(new GetFieldRequest { Id = field.Id, AsOf = "2018-06-01" });
        Assert.Equal("Chương trình OCOP", got.Field.Name);
        Assert.Equal([("Chương trình OCOP", "2016-07-01", "2019-01-01"), ("Mỗi xã một sản phẩm", "2019-01-01", "")], got.Names.Select(n => (n.Name, n.ValidFrom, n.ValidTo)));
        await Delegations.CloseFieldAsync(new CloseFieldRequest { Id = field.Id, ExpectedVersion = 2, EffectiveDate = "2021-01-01" });
        await RpcAssert.FailedPrecondition(() => Delegations.RenameFieldAsync(new RenameFieldRequest(rename) { ExpectedVersion = 3, EffectiveDate = "2021-01-01", Name = "Khác" }).ResponseAsync, "fields.effective-date-in-period");
        Assert.Equal("2021-01-01", (await Delegations.GetFieldAsync(new GetFieldRequest { Id = field.Id })).Names[^1].ValidTo);
    }

    [Fact]
    public async Task CloseUnit_ItsOwnFieldsEndWithIt_AuditedAndInTheChangeLog()
    {
        var s = await Staffing.CreateAsync(Host);
        var open = await CreateAsync(s.Office, "tuyen-dung", "Tuyển dụng", "2016-07-01");
        var later = await CreateAsync(s.Office, "thi-dua", "Thi đua, khen thưởng", "2023-01-01");
        var version = (await Host.Units.GetAsync(s.Office.Id)).Version;

        await Host.Units.CloseUnitAsync(new CloseUnitRequest { Id = s.Office.Id, ExpectedVersion = version, EffectiveDate = "2022-01-01", ClosePositions = true, Reason = "Giải thể phòng" });

        Assert.Equal(("2022-01-01", 2L), ((await Delegations.GetFieldAsync(new GetFieldRequest { Id = open.Id })).Field.ValidTo, (await Delegations.GetFieldAsync(new GetFieldRequest { Id = open.Id })).Field.Version));
        Assert.Equal("2023-01-01", (await Delegations.GetFieldAsync(new GetFieldRequest { Id = later.Id })).Field.ValidTo);
        var trail = (await Host.Audit.ListAuditEntriesAsync(new ListAuditEntriesRequest { EntityKind = "field", EntityId = open.Id, PageSize = 10 })).Entries;
        Assert.Equal("/chancery.v1.Units/CloseUnit", trail[^1].Operation);
    }

    [Fact]
    public async Task BadInput_InvalidArgumentWithEveryField_UnknownIdsNotFound_AndStoresNothing()
    {
        var s = await Staffing.CreateAsync(Host);
        var field = await CreateAsync(s.Committee, "hop-le");
        var before = await FieldCounts.ReadAsync(Host);

        await RpcAssert.InvalidArgument(() => Delegations.CreateFieldAsync(new CreateFieldRequest
        {
            UnitId = "không", Code = "Du Lịch", Name = "a\u0000b", ValidFrom = "2016-02-30", Basis = new Basis(),
        }).ResponseAsync, "unit_id", "code", "name", "valid_from", "basis.number");
        await RpcAssert.InvalidArgument(() => Delegations.CreateFieldAsync(new CreateFieldRequest { UnitId = s.Committee.Id, Code = "-x", Name = "", Basis = Decision }).ResponseAsync, "code", "name");
        await RpcAssert.InvalidArgument(() => Delegations.CreateFieldAsync(new CreateFieldRequest { UnitId = s.Committee.Id, Code = new string('a', 41), Name = new string('Ệ', 201), Basis = Decision }).ResponseAsync, "code", "name");
        await RpcAssert.InvalidArgument(() => Delegations.RenameFieldAsync(new RenameFieldRequest { Id = "", Name = " ", EffectiveDate = "x", Basis = Decision }).ResponseAsync, "id", "expected_version", "name", "effective_date");
        await RpcAssert.InvalidArgument(() => Delegations.CloseFieldAsync(new CloseFieldRequest { Id = field.Id, EffectiveDate = "2020-1-1" }).ResponseAsync, "expected_version", "effective_date");
        await RpcAssert.InvalidArgument(() => Delegations.GetFieldAsync(new GetFieldRequest { Id = "1", AsOf = "hôm qua" }).ResponseAsync, "id", "as_of");
        await RpcAssert.InvalidArgument(() => Delegations.ListFieldsAsync(new ListFieldsRequest { UnitId = "x", AsOf = "2016-13-01", Query = new string('a', 201) }).ResponseAsync, "unit_id", "as_of", "query");
        await RpcAssert.NotFound(() => Delegations.GetFieldAsync(new GetFieldRequest { Id = Guid.NewGuid().ToString() }).ResponseAsync);
        await RpcAssert.NotFound(() => Delegations.CloseFieldAsync(new CloseFieldRequest { Id = Guid.NewGuid().ToString(), ExpectedVersion = 1, EffectiveDate = "2020-01-01" }).ResponseAsync);
        await RpcAssert.NotFound(() => CreateAsync(s.Committee, "truoc-khi-co", from: "2009-12-31"));
        await RpcAssert.NotFound(() => Delegations.ListFieldsAsync(new ListFieldsRequest { UnitId = s.Committee.Id, AsOf = "2009-12-31" }).ResponseAsync);
        Assert.Equal(before, await FieldCounts.ReadAsync(Host));
    }

    [Fact]
    public async Task DryRunPlan_CarryingTheHeadAway_ListsTheUnitsOwnFieldAmongTheSignerGaps()
    {
        var province = await Host.Units.CreateRootAsync();
        var s = await Staffing.CreateAsync(Host, province);
        await CreateAsync(s.Committee, "chuyen-doi-so", "Chuyển đổi số", "2020-01-01");
        await Delegations.CloseFieldAsync(new CloseFieldRequest { Id = (await CreateAsync(s.Committee, "da-dong", "Đã đóng", "2020-01-01")).Id, ExpectedVersion = 1, EffectiveDate = "2024-01-01" });
        var chair = (await Host.Positions.GetHeadAsync(new GetHeadRequest { UnitId = s.Committee.Id, AsOf = "2025-06-30" })).Head.Position;
        var plan = new Plan
        {
            Id = "fields-" + Guid.NewGuid().ToString("N"), EffectiveDate = "2025-07-01", Basis = new Basis { Number = "1656/NQ-UBTVQH15", Date = "2025-06-16" },
            Operations =
            {
                new Operation { Establish = new EstablishOperation { Unit = new NewUnit { Ref = "moi", Name = UnitsApi.UniqueName("Ủy ban nhân dân xã"), Kind = UnitKind.PeopleCommittee } } },
                new Operation { CarryPositions = new CarryPositionsOperation { To = new UnitRef { Ref = "moi" }, PositionIds = { chair.Id } } },
            },
        };

        var gap = Assert.Single((await Host.Reorganizations.DryRunPlanAsync(new DryRunPlanRequest { Plan = plan })).Result.SignerGaps);

        Assert.Equal(s.Committee.Id, gap.UnitId);
        Assert.Contains("chuyen-doi-so", gap.FieldCodes);
        Assert.Contains("noi-vu", gap.FieldCodes);
        Assert.DoesNotContain("da-dong", gap.FieldCodes);
    }
}

/// <summary>What the database holds of fields, their names and the trail, to show that a refused call stored nothing.</summary>
public sealed record FieldCounts(int Changes, int Fields, int Names, int Delegations, int AuditEntries)
{
    public static async Task<FieldCounts> ReadAsync(ChanceryHost host)
    {
        await using var db = host.CreateDbContext();
        return new FieldCounts(
            await db.ChangeLog.CountAsync(), await db.Set<Core.Delegations.Catalogue.UnitField>().CountAsync(),
            await db.Set<Core.Delegations.Catalogue.UnitFieldName>().CountAsync(), await db.Set<Core.Delegations.Delegation>().CountAsync(), await db.AuditEntries.CountAsync());
    }
}

public sealed class FieldsSqliteTests(SqliteFixture fixture) : FieldsTests(fixture), IClassFixture<SqliteFixture>;

public sealed class FieldsPostgresTests(PostgresFixture fixture) : FieldsTests(fixture), IClassFixture<PostgresFixture>;
