using Chancery.Server.Tests.Infrastructure;
using Chancery.Server.Tests.Positions;
using Chancery.Server.Tests.Reorganizations;
using Chancery.V1;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace Chancery.Server.Tests.Audit.StoredText;

/// <summary>
/// Each kind of character that no stored text may hold is refused as INVALID_ARGUMENT naming the
/// field, in every field that stores text, and nothing is stored.
/// </summary>
public sealed class RefusedTextTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    private ChanceryHost Host => fixture.Host;

    public static TheoryData<string, string> Kinds => new()
    {
        { "\u0000", "U+0000" },
        { "\u0001", "U+0001" },
        { "\u001B", "U+001B" },
        { "\u007F", "U+007F" },
        { "\u0085", "U+0085" },
        { "\u009F", "U+009F" },
        { "\uFFFE", "U+FFFE" },
        { "\uFFFF", "U+FFFF" },
        { "\uFDD0", "U+FDD0" },
        { "\U0001FFFF", "U+1FFFF" },
        { "\u202E", "U+202E" },
        { "\u2067", "U+2067" },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task CreateUnit_NameWithRefusedCharacter_InvalidArgumentNothingStored(string character, string named)
    {
        var before = await Host.StoredAsync();

        var refused = await RpcAssert.InvalidArgument(() => Host.Units.CreateUnitAsync(new CreateUnitRequest
        {
            Name = $"Xã Lương{character} Sơn", Kind = UnitKind.Province, ValidFrom = "2000-01-01",
        }).ResponseAsync, "name");

        Assert.Contains(named, Violation(refused, "name").Description, StringComparison.Ordinal);
        Assert.Equal(before, await Host.StoredAsync());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task CreateUnit_ReasonWithRefusedCharacter_InvalidArgumentNothingStored(string character, string named)
    {
        var before = await Host.StoredAsync();

        var refused = await RpcAssert.InvalidArgument(() => Host.Units.CreateUnitAsync(new CreateUnitRequest
        {
            Name = UnitsApi.UniqueName("Tỉnh Thử"), Kind = UnitKind.Province, ValidFrom = "2000-01-01", Reason = $"Quyết định 1/QĐ-UBND{character} về việc thử",
        }).ResponseAsync, "reason");

        Assert.Contains(named, Violation(refused, "reason").Description, StringComparison.Ordinal);
        Assert.Equal(before, await Host.StoredAsync());
    }

    [Fact]
    public async Task CreateUnit_IssueNineReason_InvalidArgumentAndChainIntact()
    {
        var before = await Host.StoredAsync();

        await RpcAssert.InvalidArgument(() => Host.Units.CreateUnitAsync(new CreateUnitRequest
        {
            Name = UnitsApi.UniqueName("Tỉnh Thử"), Kind = UnitKind.Province, ValidFrom = "2000-01-01", Reason = Texts.NulReason,
        }).ResponseAsync, "reason");

        Assert.Equal(before, await Host.StoredAsync());
        var verified = await Host.Audit.VerifyAuditAsync(new VerifyAuditRequest());
        Assert.True(verified.Intact, verified.Message);
    }

    public static TheoryData<string> Fields => new()
    {
        "short_name", "update.name", "title", "position.reason", "full_name", "basis.number", "basis.issuer", "basis.title",
        "display_name", "client.display_name", "redirect_uris", "plan.description", "plan.operations[0].label", "plan.new-unit-name",
        "rename.basis", "header.description", "file.name",
    };

    [Theory]
    [MemberData(nameof(Fields))]
    public async Task Rpc_FieldWithNul_InvalidArgumentNamingField(string field)
    {
        const string nul = "Lương\u0000Sơn";
        var unit = await Host.Units.CreateRootAsync();
        var committee = await Host.Units.CreateCommitteeAsync(unit);
        var deputy = await Host.Positions.CreatePositionAsync(committee, "Phó Chủ tịch", PositionRole.Deputy);
        var official = await Host.Positions.CreateOfficialAsync("Nguyễn Văn Bình");
        var before = await Host.StoredAsync();

        var refused = await RpcAssert.Fails(global::Grpc.Core.StatusCode.InvalidArgument, field switch
        {
            "short_name" => () => Host.Units.CreateUnitAsync(new CreateUnitRequest { Name = UnitsApi.UniqueName("Tỉnh"), ShortName = nul, Kind = UnitKind.Province }).ResponseAsync,
            "update.name" => () => Host.Units.UpdateUnitAsync(new UpdateUnitRequest { Id = unit.Id, Name = nul, UpdateMask = new FieldMask { Paths = { "name" } }, ExpectedVersion = unit.Version }).ResponseAsync,
            "title" => () => Host.Positions.CreatePositionAsync(new CreatePositionRequest { UnitId = committee.Id, Title = nul, Role = PositionRole.Deputy, ValidFrom = "2020-01-01" }).ResponseAsync,
            "position.reason" => () => Host.Positions.CreatePositionAsync(new CreatePositionRequest { UnitId = committee.Id, Title = "Phó Chủ tịch", Role = PositionRole.Deputy, ValidFrom = "2020-01-01", Reason = nul }).ResponseAsync,
            "full_name" => () => Host.Positions.CreateOfficialAsync(new CreateOfficialRequest { FullName = nul, RankCode = "01.002" }).ResponseAsync,
            "basis.number" or "basis.issuer" or "basis.title" => () => AppointWithBasisAsync(deputy, official, field, nul),
            "display_name" => () => Host.Access.CreateUserAsync(new CreateUserRequest { UserName = $"u{Guid.NewGuid():N}"[..20], DisplayName = nul }).ResponseAsync,
            "client.display_name" => () => Host.Access.RegisterClientAsync(new RegisterClientRequest { ClientId = $"c{Guid.NewGuid():N}", DisplayName = nul, Scopes = { "hierarchy.read" } }).ResponseAsync,
            "redirect_uris" => () => Host.Access.RegisterClientAsync(new RegisterClientRequest { ClientId = $"c{Guid.NewGuid():N}", DisplayName = "Cổng", Scopes = { "hierarchy.read" }, RedirectUris = { "https://c.example/cb\u0000" } }).ResponseAsync,
            "plan.description" => () => Host.Reorganizations.ApplyAsync(PlanWith(committee, p => p.Description = nul)),
            "plan.operations[0].label" => () => Host.Reorganizations.ApplyAsync(PlanWith(committee, p => p.Operations[0].Label = nul)),
            "plan.new-unit-name" => () => Host.Reorganizations.ApplyAsync(PlanWith(committee, p => p.Operations[0].Establish.Unit.Name = nul)),
            "rename.basis" => () => Host.Reorganizations.RenameUnitAsync(new RenameUnitRequest
            {
                EffectiveDate = Plans.Reform, Basis = new Basis { Number = "1/QĐ", Title = nul }, Rename = Plans.Rename(Plans.Id(committee), name: "Ủy ban mới").Rename,
            }).ResponseAsync,
            "header.description" => () => ImportAsync(committee, nul, "Phường Mới"),
            "file.name" => () => ImportAsync(committee, null, nul),
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        });

        var violations = refused.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations ?? [];
        Assert.Contains(violations, v => v.Description.Contains("U+0000", StringComparison.Ordinal));
        Assert.Equal(before, await Host.StoredAsync());
    }

    private static BadRequest.Types.FieldViolation Violation(BadRequest request, string field) => Assert.Single(request.FieldViolations, v => v.Field == field);

    private async Task AppointWithBasisAsync(Position position, Official official, string field, string text)
    {
        var request = PositionsApi.Appointing(official, position);
        _ = field switch
        {
            "basis.number" => request.Basis.Number = text,
            "basis.issuer" => request.Basis.Issuer = text,
            _ => request.Basis.Title = text,
        };
        await Host.Positions.AppointAsync(request);
    }

    private static Plan PlanWith(Unit parent, Action<Plan> change)
    {
        var plan = Plans.Plan(Plans.Reform, Plans.Establish(Plans.New("moi", "Xã Mới", UnitKind.Commune, Plans.Id(parent)), label: "Bước 1"));
        change(plan);
        return plan;
    }

    private async Task ImportAsync(Unit parent, string? description, string name)
    {
        var header = HierarchyFiles.Header(FileFormat.JsonLines);
        header.Description = description ?? "";
        await Host.Reorganizations.ImportAsync(header, HierarchyFiles.Lines(new { id = HierarchyFiles.NewId(), parent_id = parent.Id, name, kind = "ward", valid_from = "2025-07-01" }));
    }
}
