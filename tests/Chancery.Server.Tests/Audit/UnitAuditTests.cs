using Chancery.Core.Access;
using Role = Chancery.Core.Access.Role;
using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using Google.Protobuf.WellKnownTypes;
using static Chancery.Server.Tests.Audit.AuditJsonAssert;

namespace Chancery.Server.Tests.Audit;

/// <summary>Every change of a unit writes an audit entry: who, through which client, the RPC, the unit, before and after, the reason.</summary>
public abstract class UnitAuditTests(HostFixture fixture)
{
    private ChanceryHost Host => fixture.Host;

    [Fact]
    public async Task CreateUnit_ByMachineClient_EntryWithClientRpcAfterAndReason()
    {
        var name = UnitsApi.UniqueName("Sở Tư pháp");
        var created = (await Host.Units.CreateUnitAsync(new CreateUnitRequest
        {
            Name = name, Kind = UnitKind.Department, ValidFrom = "2020-01-01", Reason = "Quyết định 12/QĐ-UBND",
        })).Unit;

        var entry = await Host.Audit.EntryAsync("unit", created.Id, "/chancery.v1.Units/CreateUnit");

        Made(entry, "client", ChanceryHost.AdminClientId, ChanceryHost.AdminClientId, "/chancery.v1.Units/CreateUnit", "Quyết định 12/QĐ-UBND");
        Assert.Equal(ChanceryHost.AdminClientId, entry.ActorName);
        Assert.Equal("", entry.Before);
        Assert.Equal(name, LastVersion(entry.After).GetProperty("name").GetString());
        Assert.Equal("2026-06-15T03:00:00.000000Z", entry.RecordedAt);
        await using var db = Host.CreateDbContext();
        var change = db.ChangeLog.Single(c => c.Sequence == entry.ChangeSequence);
        Assert.Equal(entry.Operation, change.Operation);
        Assert.Contains($"unit:{created.Id}", change.Entities);
    }

    [Fact]
    public async Task UnitChanges_BySignedInPerson_EntriesNameUserAndPortalWithBeforeAndAfter()
    {
        var root = await Host.Units.CreateRootAsync();
        var a = await Host.Units.CreateAsync(UnitsApi.UniqueName("Phòng A"), UnitKind.Division, root);
        var b = await Host.Units.CreateAsync(UnitsApi.UniqueName("Phòng B"), UnitKind.Division, root);
        var userName = "audit.person." + Guid.NewGuid().ToString("N")[..6];
        var user = await Host.Tokens.CreateUserAsync(userName, Role.UnitAdministrator, Guid.Parse(root.Id));
        var token = (await Host.Tokens.SignInAsync(userName, user.Password, Scopes.All)).AccessToken;
        var units = new V1.Units.UnitsClient(Host.With(token));

        var renamed = (await units.UpdateUnitAsync(new UpdateUnitRequest
        {
            Id = a.Id, Name = "Phòng Tổng hợp", UpdateMask = new FieldMask { Paths = { "name" } }, ExpectedVersion = a.Version, EffectiveDate = "2024-01-01", Reason = "Đổi tên",
        })).Unit;
        var moved = (await units.MoveUnitAsync(new MoveUnitRequest { Id = a.Id, NewParentId = b.Id, ExpectedVersion = renamed.Version, EffectiveDate = "2025-01-01", Reason = "Chuyển" })).Unit;
        await units.CloseUnitAsync(new CloseUnitRequest { Id = a.Id, ExpectedVersion = moved.Version, EffectiveDate = "2026-01-01", Reason = "Giải thể" });

        var update = await Host.Audit.EntryAsync("unit", a.Id, "/chancery.v1.Units/UpdateUnit");
        var move = await Host.Audit.EntryAsync("unit", a.Id, "/chancery.v1.Units/MoveUnit");
        var close = await Host.Audit.EntryAsync("unit", a.Id, "/chancery.v1.Units/CloseUnit");
        Made(update, "user", user.Id.ToString(), TokenClient.PortalClientId, "/chancery.v1.Units/UpdateUnit", "Đổi tên");
        Made(move, "user", user.Id.ToString(), TokenClient.PortalClientId, "/chancery.v1.Units/MoveUnit", "Chuyển");
        Made(close, "user", user.Id.ToString(), TokenClient.PortalClientId, "/chancery.v1.Units/CloseUnit", "Giải thể");
        Assert.Equal(a.Name, LastVersion(update.Before).GetProperty("name").GetString());
        Assert.Equal("Phòng Tổng hợp", LastVersion(update.After).GetProperty("name").GetString());
        Assert.Equal(root.Id, LastVersion(move.Before).GetProperty("parent_id").GetString());
        Assert.Equal(b.Id, LastVersion(move.After).GetProperty("parent_id").GetString());
        Assert.False(LastVersion(close.Before).TryGetProperty("valid_to", out _));
        Assert.Equal("2026-01-01", LastVersion(close.After).GetProperty("valid_to").GetString());
        Assert.True(update.Sequence < move.Sequence && move.Sequence < close.Sequence);
    }
}

public sealed class UnitAuditSqliteTests(SqliteFixture fixture) : UnitAuditTests(fixture), IClassFixture<SqliteFixture>;

public sealed class UnitAuditPostgresTests(PostgresFixture fixture) : UnitAuditTests(fixture), IClassFixture<PostgresFixture>;
