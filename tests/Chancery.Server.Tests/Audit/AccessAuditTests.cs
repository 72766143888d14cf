using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using static Chancery.Server.Tests.Audit.AuditJsonAssert;

namespace Chancery.Server.Tests.Audit;

/// <summary>Every change of access administration is audited like a unit's, and never keeps a password, a hash or a secret.</summary>
public abstract class AccessAuditTests(HostFixture fixture)
{
    private const string Admin = ChanceryHost.AdminClientId;

    private ChanceryHost Host => fixture.Host;

    private static string Rpc(string method) => "/chancery.v1.Access/" + method;

    [Fact]
    public async Task UserChanges_EachAudited_WithoutPasswordOrHash()
    {
        var userName = "audited." + Guid.NewGuid().ToString("N")[..8];
        var created = await Host.Access.CreateUserAsync(new CreateUserRequest { UserName = userName, DisplayName = "Nguyễn Văn A", Password = "mật-khẩu-thử-1234", Reason = "Tuyển dụng" });
        var id = created.User.Id;
        var reset = await Host.Access.SetUserPasswordAsync(new SetUserPasswordRequest { UserId = id, Reason = "Quên mật khẩu" });
        await Host.Access.SetUserDisabledAsync(new SetUserDisabledRequest { UserId = id, Disabled = true, Reason = "Nghỉ việc" });

        var create = await Host.Audit.EntryAsync("user", id, Rpc("CreateUser"));
        var password = await Host.Audit.EntryAsync("user", id, Rpc("SetUserPassword"));
        var disable = await Host.Audit.EntryAsync("user", id, Rpc("SetUserDisabled"));
        Made(create, "client", Admin, Admin, Rpc("CreateUser"), "Tuyển dụng");
        Made(password, "client", Admin, Admin, Rpc("SetUserPassword"), "Quên mật khẩu");
        Made(disable, "client", Admin, Admin, Rpc("SetUserDisabled"), "Nghỉ việc");
        Assert.Equal("", create.Before);
        Assert.Equal(userName, Json(create.After).GetProperty("user_name").GetString());
        Assert.True(Json(password.After).GetProperty("password_changed").GetBoolean());
        Assert.False(Json(disable.Before).GetProperty("disabled").GetBoolean());
        Assert.True(Json(disable.After).GetProperty("disabled").GetBoolean());
        foreach (var entry in new[] { create, password, disable })
        {
            var text = entry.Before + entry.After;
            Assert.DoesNotContain("mật-khẩu-thử-1234", text);
            Assert.DoesNotContain(reset.Password, text);
            Assert.DoesNotContain("pbkdf2", text);
            Assert.DoesNotContain("password_hash", text);
        }
    }

    [Fact]
    public async Task ClientChanges_EachAudited_WithoutSecret()
    {
        var clientId = "audited-" + Guid.NewGuid().ToString("N")[..8];
        var registered = await Host.Access.RegisterClientAsync(new RegisterClientRequest
        {
            ClientId = clientId, DisplayName = "Hệ thống một cửa", Scopes = { "hierarchy.read" }, Reason = "Kết nối liên thông",
        });
        var rotated = await Host.Access.RotateClientSecretAsync(new RotateClientSecretRequest { ClientId = clientId, Reason = "Lộ khóa" });

        var entries = await Host.Audit.EntriesAsync("client", clientId);
        var register = Assert.Single(entries, e => e.Operation == Rpc("RegisterClient"));
        var rotate = Assert.Single(entries, e => e.Operation == Rpc("RotateClientSecret"));
        Made(register, "client", Admin, Admin, Rpc("RegisterClient"), "Kết nối liên thông");
        Made(rotate, "client", Admin, Admin, Rpc("RotateClientSecret"), "Lộ khóa");
        Assert.Equal("hierarchy.read", Json(register.After).GetProperty("scopes")[0].GetString());
        Assert.True(Json(rotate.After).GetProperty("secret_rotated").GetBoolean());
        foreach (var entry in entries)
        {
            Assert.DoesNotContain(registered.ClientSecret, entry.Before + entry.After);
            Assert.DoesNotContain(rotated.ClientSecret, entry.Before + entry.After);
        }
    }

    [Fact]
    public async Task GrantAndRevoke_EachAudited_WithBeforeAndAfter()
    {
        var user = await Host.Tokens.CreateUserAsync("granted." + Guid.NewGuid().ToString("N")[..8]);
        var grant = (await Host.Access.GrantRoleAsync(new GrantRoleRequest
        {
            PrincipalKind = PrincipalKind.User, PrincipalId = user.Id.ToString(), Role = Role.Auditor, Reason = "Đoàn kiểm toán 2026",
        })).Grant;
        await Host.Access.RevokeGrantAsync(new RevokeGrantRequest { GrantId = grant.Id, Reason = "Hết đợt kiểm toán" });

        var granted = await Host.Audit.EntryAsync("grant", grant.Id, Rpc("GrantRole"));
        var revoked = await Host.Audit.EntryAsync("grant", grant.Id, Rpc("RevokeGrant"));
        Made(granted, "client", Admin, Admin, Rpc("GrantRole"), "Đoàn kiểm toán 2026");
        Made(revoked, "client", Admin, Admin, Rpc("RevokeGrant"), "Hết đợt kiểm toán");
        Assert.Equal("Auditor", Json(granted.After).GetProperty("role").GetString());
        Assert.Equal(user.Id.ToString(), Json(granted.After).GetProperty("principal_id").GetString());
        Assert.False(Json(revoked.Before).TryGetProperty("revoked_at", out _));
        Assert.True(Json(revoked.After).TryGetProperty("revoked_at", out _));
    }
}

public sealed class AccessAuditSqliteTests(SqliteFixture fixture) : AccessAuditTests(fixture), IClassFixture<SqliteFixture>;

public sealed class AccessAuditPostgresTests(PostgresFixture fixture) : AccessAuditTests(fixture), IClassFixture<PostgresFixture>;
