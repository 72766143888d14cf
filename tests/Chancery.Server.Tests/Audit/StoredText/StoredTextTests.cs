using Chancery.Core.Storage;
using Chancery.Server.Tests.Infrastructure;
using Chancery.Server.Tests.Positions;
using Chancery.Server.Tests.Reorganizations;
using Chancery.V1;
using Google.Protobuf.WellKnownTypes;

namespace Chancery.Server.Tests.Audit.StoredText;

/// <summary>
/// Every RPC that stores text, given the texts the API accepts (Vietnamese, at the limits of each
/// field, line breaks where kept) through the real gRPC pipeline, and the reason of issue 9 that
/// it refuses: the audit chain still verifies and holds each reason exactly as given.
/// </summary>
public abstract class StoredTextTests(DatabaseProvider provider)
{
    [Fact]
    public async Task VerifyAudit_EveryStoredTextAtItsLimits_IntactAndReasonsAsGiven()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await new ChanceryHost(provider, database.ConnectionString).StartAsync();
        var reasons = new List<string>();
        string Reason(string what)
        {
            var reason = Texts.Paragraphs($"Lý do {what} {reasons.Count}", 2000);
            reasons.Add(reason);
            return reason;
        }

        var refused = await RpcAssert.InvalidArgument(() => host.Units.CreateUnitAsync(new CreateUnitRequest
        {
            Name = UnitsApi.UniqueName("Tỉnh Thử"), Kind = UnitKind.Province, ValidFrom = "2000-01-01", Reason = Texts.NulReason,
        }).ResponseAsync, "reason");

        var province = (await host.Units.CreateUnitAsync(new CreateUnitRequest
        {
            Name = Texts.Decomposed(Texts.Line("Tỉnh Hòa Bình ", 300)), ShortName = Texts.Line("Hòa Bình ", 100), Kind = UnitKind.Province,
            Code = UnitsApi.NextCode(), ValidFrom = "2000-01-01", Reason = Reason("CreateUnit"),
        })).Unit;
        var committee = (await host.Units.CreateUnitAsync(new CreateUnitRequest
        {
            Name = Texts.Line("Ủy ban nhân dân huyện Lương Sơn ", 300), Kind = UnitKind.PeopleCommittee, ParentId = province.Id, ValidFrom = "2010-01-01",
            Reason = Reason("CreateUnit"),
        })).Unit;
        var other = (await host.Units.CreateUnitAsync(new CreateUnitRequest { Name = "Sở Nội vụ", Kind = UnitKind.Department, ParentId = province.Id, ValidFrom = "2010-01-01" })).Unit;
        other = (await host.Units.UpdateUnitAsync(new UpdateUnitRequest
        {
            Id = other.Id, Name = Texts.Line("Sở Nội vụ tỉnh Hòa Bình ", 300), ShortName = Texts.Line("SNV ", 100),
            UpdateMask = new FieldMask { Paths = { "name", "short_name" } }, ExpectedVersion = other.Version, EffectiveDate = "2015-01-01", Reason = Reason("UpdateUnit"),
        })).Unit;
        other = (await host.Units.MoveUnitAsync(new MoveUnitRequest { Id = other.Id, NewParentId = committee.Id, ExpectedVersion = other.Version, EffectiveDate = "2016-01-01", Reason = Reason("MoveUnit") })).Unit;

        var head = (await host.Positions.CreatePositionAsync(new CreatePositionRequest
        {
            UnitId = committee.Id, Title = Texts.Line("Chủ tịch ", 200), Role = PositionRole.Head, ValidFrom = "2010-01-01", Reason = Reason("CreatePosition"),
        })).Position;
        var official = (await host.Positions.CreateOfficialAsync(new CreateOfficialRequest { FullName = Texts.Line("Nguyễn Thị Ngọc Ánh ", 200), RankCode = "01.002", Reason = Reason("CreateOfficial") })).Official;
        official = (await host.Positions.UpdateOfficialAsync(new UpdateOfficialRequest
        {
            Id = official.Id, FullName = Texts.Line("Trần Đức Lương ", 200), UpdateMask = new FieldMask { Paths = { "full_name" } }, ExpectedVersion = official.Version, Reason = Reason("UpdateOfficial"),
        })).Official;
        var appointing = PositionsApi.Appointing(official, head);
        appointing.Basis = new Basis { Number = Texts.Line("125/QĐ-UBND ", 100), Date = "2020-12-28", Issuer = Texts.Line("Ủy ban nhân dân tỉnh ", 200), Title = Texts.Line("Quyết định bổ nhiệm ", 500) };
        appointing.Reason = Reason("Appoint");
        var appointment = (await host.Positions.AppointAsync(appointing)).Appointment;
        await host.Positions.EndAppointmentAsync(new EndAppointmentRequest { Id = appointment.Id, ExpectedVersion = appointment.Version, EffectiveDate = "2022-01-01", Reason = Reason("EndAppointment") });
        head = (await host.Positions.ListAsync(committee)).Positions.Single(p => p.Position.Id == head.Id).Position;
        await host.Positions.ClosePositionAsync(new ClosePositionRequest { Id = head.Id, ExpectedVersion = head.Version, EffectiveDate = "2023-01-01", Reason = Reason("ClosePosition") });

        var user = (await host.Access.CreateUserAsync(new CreateUserRequest { UserName = "nguyen.van-an@soNoiVu", DisplayName = Texts.Line("Nguyễn Văn An ", 200), Reason = Reason("CreateUser") })).User;
        await host.Access.SetUserPasswordAsync(new SetUserPasswordRequest { UserId = user.Id, Reason = Reason("SetUserPassword") });
        await host.Access.SetUserDisabledAsync(new SetUserDisabledRequest { UserId = user.Id, Disabled = true, Reason = Reason("SetUserDisabled") });
        var client = new RegisterClientRequest
        {
            ClientId = "cong-dich-vu.cong", DisplayName = Texts.Line("Cổng dịch vụ công tỉnh ", 200), Scopes = { "hierarchy.read" },
            RedirectUris = { "https://cổng.example/đăng-nhập/callback" }, PostLogoutRedirectUris = { "https://cổng.example/" }, Reason = Reason("RegisterClient"),
        };
        await host.Access.RegisterClientAsync(client);
        await host.Access.RegisterClientAsync(new RegisterClientRequest { ClientId = "he-thong.quan_ly-van-ban", DisplayName = "Hệ thống quản lý văn bản", Scopes = { "hierarchy.read" } });
        await host.Access.RotateClientSecretAsync(new RotateClientSecretRequest { ClientId = "he-thong.quan_ly-van-ban", Reason = Reason("RotateClientSecret") });
        var grant = (await host.Access.GrantRoleAsync(new GrantRoleRequest { PrincipalKind = PrincipalKind.User, PrincipalId = user.Id, Role = Role.UnitAdministrator, UnitId = province.Id, Reason = Reason("GrantRole") })).Grant;
        await host.Access.RevokeGrantAsync(new RevokeGrantRequest { GrantId = grant.Id, Reason = Reason("RevokeGrant") });

        var plan = Plans.Plan(Plans.Reform, Plans.Establish(Plans.New(Texts.Line("xã-mới ", 100), Texts.Line("Xã Lương Sơn mới ", 300), UnitKind.Commune, Plans.Id(committee)), label: Texts.Line("Bước 1: thành lập ", 200)));
        plan.Description = Texts.Paragraphs("Phương án sắp xếp", 2000);
        plan.Basis = new Basis { Number = Texts.Line("202/2025/QH15 ", 100), Date = "2025-06-12", Issuer = Texts.Line("Quốc hội ", 200), Title = Texts.Line("Nghị quyết về việc sắp xếp ", 500) };
        await host.Reorganizations.ApplyAsync(plan);
        await host.Reorganizations.RenameUnitAsync(new RenameUnitRequest
        {
            PlanId = Plans.NewId(), EffectiveDate = Plans.Reform, Basis = plan.Basis,
            Rename = Plans.Rename(Plans.Id(other), name: Texts.Line("Phòng Nội vụ ", 300), shortName: Texts.Line("PNV ", 100)).Rename,
        });
        var header = HierarchyFiles.Header(FileFormat.JsonLines);
        header.Description = Texts.Paragraphs("Tệp nhập", 2000);
        var import = await host.Reorganizations.ImportAsync(header, HierarchyFiles.Lines(new
        {
            id = HierarchyFiles.NewId(), parent_id = committee.Id, name = Texts.Line("Phường Đồng Xoài ", 300), short_name = Texts.Line("Đồng Xoài ", 100), kind = "ward", valid_from = "2025-07-01",
        }));
        Assert.Empty(import.Problems);
        await host.Units.CloseUnitAsync(new CloseUnitRequest { Id = other.Id, ExpectedVersion = (await host.Units.GetAsync(other.Id)).Version, EffectiveDate = "2026-01-01", Reason = Reason("CloseUnit") });

        var verified = await host.Audit.VerifyAuditAsync(new VerifyAuditRequest());
        var entries = (await host.Audit.ListAuditEntriesAsync(new ListAuditEntriesRequest { PageSize = 1000 })).Entries;

        Assert.Contains(refused.FieldViolations, v => v.Field == "reason" && v.Description.Contains("U+0000", StringComparison.Ordinal));
        Assert.True(verified.Intact, verified.Message);
        Assert.Equal(entries.Count, verified.EntriesChecked);
        Assert.All(reasons, reason => Assert.Contains(entries, e => e.Reason == reason));
        Assert.Contains(entries, e => e.After.Contains(Texts.Line("Tỉnh Hòa Bình ", 300), StringComparison.Ordinal));
    }
}

public sealed class StoredTextSqliteTests() : StoredTextTests(DatabaseProvider.Sqlite);

public sealed class StoredTextPostgresTests() : StoredTextTests(DatabaseProvider.PostgreSql);
