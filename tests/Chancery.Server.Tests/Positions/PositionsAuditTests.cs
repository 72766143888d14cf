using System.Text.Json;
using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;

namespace Chancery.Server.Tests.Positions;

/// <summary>Every change of a position, an official or an appointment is in the audit trail (before and after) and named in the change log.</summary>
public abstract class PositionsAuditTests(HostFixture fixture)
{
    private ChanceryHost Host => fixture.Host;

    private V1.Positions.PositionsClient Positions => Host.Positions;

    private async Task<IReadOnlyList<AuditEntry>> TrailAsync(string kind, string id) =>
        (await Host.Audit.ListAuditEntriesAsync(new ListAuditEntriesRequest { EntityKind = kind, EntityId = id, PageSize = 100 })).Entries;

    private static JsonElement Json(string text)
    {
        Assert.False(string.IsNullOrEmpty(text), "Expected JSON, got nothing.");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static string? Text(string json, string property) =>
        Json(json).TryGetProperty(property, out var value) && value.ValueKind != JsonValueKind.Null ? value.ToString() : null;

    [Fact]
    public async Task PositionChanges_CreateAndCloseWithEndAppointments_AuditedBeforeAndAfter()
    {
        var committee = await Host.Units.CreateCommitteeAsync();
        var position = (await Positions.CreatePositionAsync(new CreatePositionRequest
        {
            UnitId = committee.Id, Title = "Chủ tịch", Role = PositionRole.Head, CollectiveBody = true, ValidFrom = "2016-07-01", Reason = "Kiện toàn UBND",
        })).Position;
        var official = await Positions.CreateOfficialAsync("Nguyễn Vũ Chi");
        var appointment = await Positions.AppointAsync(official, position, validFrom: "2016-07-01");

        await Positions.ClosePositionAsync(new ClosePositionRequest
        {
            Id = position.Id, ExpectedVersion = position.Version, EffectiveDate = "2025-07-01", EndAppointments = true, Reason = "Kết thúc hoạt động cấp huyện",
        });

        var trail = await TrailAsync("position", position.Id);
        Assert.Equal(["/chancery.v1.Positions/CreatePosition", "/chancery.v1.Positions/ClosePosition"], trail.Select(e => e.Operation));
        Assert.Equal(("", "Kiện toàn UBND"), (trail[0].Before, trail[0].Reason));
        Assert.Equal((committee.Id, "Chủ tịch", "Head", "True", "2016-07-01"),
            (Text(trail[0].After, "unit_id"), Text(trail[0].After, "title"), Text(trail[0].After, "role"), Text(trail[0].After, "collective_body"), Text(trail[0].After, "valid_from")));
        Assert.Equal((null, "2025-07-01", "Kết thúc hoạt động cấp huyện"), (Text(trail[1].Before, "valid_to"), Text(trail[1].After, "valid_to"), trail[1].Reason));
        var ended = (await TrailAsync("appointment", appointment.Id))[^1];
        Assert.Equal((trail[1].ChangeSequence, "/chancery.v1.Positions/ClosePosition"), (ended.ChangeSequence, ended.Operation));
        Assert.Equal((null, "2025-07-01"), (Text(ended.Before, "valid_to"), Text(ended.After, "valid_to")));
        await using var db = Host.CreateDbContext();
        var change = await db.ChangeLog.SingleAsync(c => c.Sequence == trail[1].ChangeSequence);
        Assert.Contains($"position:{position.Id}", change.Entities);
        Assert.Contains($"appointment:{appointment.Id}", change.Entities);
    }

    [Fact]
    public async Task OfficialChanges_CreateAndUpdate_AuditedWithNameAndRank()
    {
        var created = (await Positions.CreateOfficialAsync(new CreateOfficialRequest { FullName = "Trần Hải Lâm", RankCode = "01.002", Reason = "Hồ sơ" })).Official;
        await Positions.UpdateOfficialAsync(new UpdateOfficialRequest
        {
            Id = created.Id, RankCode = "01.001", ExpectedVersion = 1, UpdateMask = new FieldMask { Paths = { "rank_code" } }, Reason = "Nâng ngạch",
        });

        var trail = await TrailAsync("official", created.Id);

        Assert.Equal(["/chancery.v1.Positions/CreateOfficial", "/chancery.v1.Positions/UpdateOfficial"], trail.Select(e => e.Operation));
        Assert.Equal(("", "Trần Hải Lâm", "01.002", "Hồ sơ"), (trail[0].Before, Text(trail[0].After, "full_name"), Text(trail[0].After, "rank_code"), trail[0].Reason));
        Assert.Equal(("01.002", "01.001", "Nâng ngạch"), (Text(trail[1].Before, "rank_code"), Text(trail[1].After, "rank_code"), trail[1].Reason));
        Assert.Equal(("client", ChanceryHost.AdminClientId), (trail[1].ActorKind, trail[1].ClientId));
    }

    [Fact]
    public async Task AppointmentChanges_AppointAndEnd_AuditedWithTheBasisAsDefaultReason()
    {
        var committee = await Host.Units.CreateCommitteeAsync();
        var position = await Positions.CreatePositionAsync(committee, "Phó Chủ tịch", PositionRole.Deputy, "2016-07-01");
        var official = await Positions.CreateOfficialAsync("Bùi Thị Thu Hà");
        var appointment = (await Positions.AppointAsync(new AppointRequest
        {
            OfficialId = official.Id, PositionId = position.Id, Kind = AppointmentKind.Acting, ValidFrom = "2020-01-01",
            Basis = new Basis { Number = "1203/QĐ-UBND", Date = "2019-12-20", Issuer = "Ủy ban nhân dân tỉnh Hòa Bình" },
        })).Appointment;
        await Positions.EndAppointmentAsync(new EndAppointmentRequest { Id = appointment.Id, ExpectedVersion = 1, EffectiveDate = "2021-01-01", Reason = "Bổ nhiệm chính thức" });

        var trail = await TrailAsync("appointment", appointment.Id);

        Assert.Equal(["/chancery.v1.Positions/Appoint", "/chancery.v1.Positions/EndAppointment"], trail.Select(e => e.Operation));
        Assert.Equal("", trail[0].Before);
        Assert.Equal((official.Id, position.Id, "Acting", "2020-01-01"),
            (Text(trail[0].After, "official_id"), Text(trail[0].After, "position_id"), Text(trail[0].After, "kind"), Text(trail[0].After, "valid_from")));
        Assert.Contains("1203/QĐ-UBND", Text(trail[0].After, "basis"));
        Assert.Contains("1203/QĐ-UBND", trail[0].Reason);
        Assert.Equal((null, "2021-01-01", "Bổ nhiệm chính thức"), (Text(trail[1].Before, "valid_to"), Text(trail[1].After, "valid_to"), trail[1].Reason));
    }

    [Fact]
    public async Task StaffChanges_EveryEntry_ChainedAndVerifiable()
    {
        var committee = await Host.Units.CreateCommitteeAsync();
        var position = await Positions.CreatePositionAsync(committee, "Chủ tịch", PositionRole.Head, "2016-07-01");
        await Positions.AppointAsync(await Positions.CreateOfficialAsync("Quách Tất Liêm"), position, validFrom: "2016-07-01");

        var verified = await Host.Audit.VerifyAuditAsync(new VerifyAuditRequest());

        Assert.True(verified.Intact, verified.Message);
    }
}

public sealed class PositionsAuditSqliteTests(SqliteFixture fixture) : PositionsAuditTests(fixture), IClassFixture<SqliteFixture>;

public sealed class PositionsAuditPostgresTests(PostgresFixture fixture) : PositionsAuditTests(fixture), IClassFixture<PostgresFixture>;
