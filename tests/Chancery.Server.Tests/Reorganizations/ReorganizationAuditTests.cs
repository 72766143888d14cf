using Chancery.Core.Access;
using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using static Chancery.Server.Tests.Audit.AuditJsonAssert;
using static Chancery.Server.Tests.Reorganizations.Plans;
using Role = Chancery.Core.Access.Role;

namespace Chancery.Server.Tests.Reorganizations;

/// <summary>Every unit an operation changes, and the plan itself, appear in the audit trail with the basis as the reason.</summary>
public abstract class ReorganizationAuditTests(HostFixture fixture)
{
    private const string ApplyPlan = "/chancery.v1.Reorganizations/ApplyPlan";

    private ChanceryHost Host => fixture.Host;

    [Fact]
    public async Task ApplyPlan_EveryOperation_EntriesForEachUnitAndThePlanWithBasisAsReason()
    {
        var province = await Host.Units.CreateRootAsync();
        var district = await Host.Units.CreateAsync("Huyện Lương Sơn", UnitKind.District, province);
        var township = await Host.Units.CreateAsync("Thị trấn Lương Sơn", UnitKind.Township, district);
        var a = await Host.Units.CreateAsync("Xã Hòa Sơn", UnitKind.Commune, district);
        var b = await Host.Units.CreateAsync("Xã Lâm Sơn", UnitKind.Commune, district);
        var c = await Host.Units.CreateAsync("Xã Cư Yên", UnitKind.Commune, district);
        var plan = Plan(Reform,
            Rename(Id(township), "Xã Lương Sơn", UnitKind.Commune),
            Transfer(Id(province), [Id(township)]),
            Merge([Id(a), Id(b)], into: New("hs", "Xã Hòa Sơn Mới", UnitKind.Commune, Id(province))),
            Split(Id(c), [New("c1", "Xã Cư Yên 1", UnitKind.Commune, Id(province)), New("c2", "Xã Cư Yên 2", UnitKind.Commune, Id(province))]),
            Establish(New("ttphc", "Trung tâm Phục vụ hành chính công", UnitKind.PublicAdministrationCentre, Id(province))),
            Dissolve(Id(district)));

        var result = await Host.Reorganizations.ApplyAsync(plan);

        var sequences = new HashSet<long>();
        foreach (var change in result.Changes)
        {
            var entry = await Host.Audit.EntryAsync("unit", change.UnitId, ApplyPlan);
            Made(entry, "client", ChanceryHost.AdminClientId, ChanceryHost.AdminClientId, ApplyPlan, Reason());
            Assert.Equal(change.Created, entry.Before == "");
            sequences.Add(entry.ChangeSequence);
        }

        Assert.Equal(9, result.Changes.Count);
        Assert.Equal("Xã Lương Sơn", LastVersion((await Host.Audit.EntryAsync("unit", township.Id, ApplyPlan)).After).GetProperty("name").GetString());
        var planEntry = await Host.Audit.EntryAsync("plan", plan.Id, ApplyPlan);
        Made(planEntry, "client", ChanceryHost.AdminClientId, ChanceryHost.AdminClientId, ApplyPlan, Reason());
        Assert.Equal(6, Json(planEntry.After).GetProperty("counts").GetProperty("operations").GetInt32());
        sequences.Add(planEntry.ChangeSequence);
        Assert.Single(sequences);
        var verified = await Host.Audit.VerifyAuditAsync(new VerifyAuditRequest());
        Assert.True(verified.Intact, verified.Message);
    }

    [Fact]
    public async Task SingleOperations_BySignedInUnitAdministrator_EntriesNameUserRpcAndBasis()
    {
        var province = await Host.Units.CreateRootAsync();
        var a = await Host.Units.CreateAsync("Xã A", UnitKind.Commune, province);
        var b = await Host.Units.CreateAsync("Xã B", UnitKind.Commune, province);
        var userName = "reorg.admin." + Guid.NewGuid().ToString("N")[..6];
        var user = await Host.Tokens.CreateUserAsync(userName, Role.UnitAdministrator, Guid.Parse(province.Id));
        var token = (await Host.Tokens.SignInAsync(userName, user.Password, Scopes.All)).AccessToken;
        var client = new V1.Reorganizations.ReorganizationsClient(Host.With(token));
        var basis = Basis("15/NQ-HĐND");

        await client.RenameUnitAsync(new RenameUnitRequest { PlanId = NewId(), EffectiveDate = "2025-01-01", Basis = basis, Rename = Rename(Id(a), name: "Xã A Mới").Rename });
        await client.MergeUnitsAsync(new MergeUnitsRequest { PlanId = NewId(), EffectiveDate = Reform, Basis = basis, Merge = Merge([Id(a), Id(b)], survivor: Id(b)).Merge });

        var rename = await Host.Audit.EntryAsync("unit", a.Id, "/chancery.v1.Reorganizations/RenameUnit");
        var merge = await Host.Audit.EntryAsync("unit", a.Id, "/chancery.v1.Reorganizations/MergeUnits");
        Made(rename, "user", user.Id.ToString(), TokenClient.PortalClientId, "/chancery.v1.Reorganizations/RenameUnit", Reason("15/NQ-HĐND"));
        Made(merge, "user", user.Id.ToString(), TokenClient.PortalClientId, "/chancery.v1.Reorganizations/MergeUnits", Reason("15/NQ-HĐND"));
        Assert.Equal(Reform, LastVersion(merge.After).GetProperty("valid_to").GetString());
    }
}

public sealed class ReorganizationAuditSqliteTests(SqliteFixture fixture) : ReorganizationAuditTests(fixture), IClassFixture<SqliteFixture>;

public sealed class ReorganizationAuditPostgresTests(PostgresFixture fixture) : ReorganizationAuditTests(fixture), IClassFixture<PostgresFixture>;
