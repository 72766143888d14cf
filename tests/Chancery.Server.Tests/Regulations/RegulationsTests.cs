using Chancery.Server.Tests.Delegations;
using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using Grpc.Core;

namespace Chancery.Server.Tests.Regulations;

/// <summary>Working regulations through the gRPC pipeline: the lifecycle, every rule, bad input, stale versions, published reads, dates on both sides of every effective date.</summary>
public abstract class RegulationsTests(HostFixture fixture)
{
    private ChanceryHost Host => fixture.Host;

    private async Task<RegulationsApi> ApiAsync() => new(Host, await Staffing.CreateAsync(Host));

    [Fact]
    public async Task Lifecycle_DraftSubmitIssueAmend_InForceOnEachSideOfTheEffectiveDates()
    {
        var api = await ApiAsync();
        var (regulation, v1) = await api.IssuedAsync();

        Assert.Matches(@"^/vn/.+/quy-che/2016/1$", regulation.Identifier);
        Assert.Equal((VersionStatus.Issued, "2016-08-10", SigningForm.OnBehalf), (v1.Status, v1.EffectiveFrom, v1.Decision.SigningForm));
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], v1.Decision.SignatureBlock);
        await RpcAssert.NotFound(() => api.Client.GetInForceAsync(new GetInForceRequest { UnitId = api.Staffing.Committee.Id, Kind = RegulationKind.Working, AsOf = "2016-08-09" }).ResponseAsync);

        var clause = v1.Body[1].Children[1];
        var amendment = (await api.Client.CreateVersionAsync(new CreateVersionRequest
        {
            RegulationId = regulation.Id, AmendsVersionId = v1.Id,
            Operations =
            {
                new AmendmentOperation { Action = AmendmentAction.Change, TargetGuid = clause.Guid, Provision = RegulationsApi.Clause("2", "Phó Chủ tịch giúp Chủ tịch, chịu trách nhiệm về lĩnh vực được phân công.") },
                new AmendmentOperation { Action = AmendmentAction.Insert, AfterGuid = v1.Body[1].Guid, Provision = RegulationsApi.Article("3", "Hiệu lực", RegulationsApi.Clause("1", "Quy chế có hiệu lực.")) },
            },
        })).Version;
        Assert.Equal(3, amendment.Body.Count);
        var v2 = await api.IssueAsync(await api.SubmitAsync(amendment), "12/QĐ-UBND", "2017-03-01", "2017-03-15");

        var before = await api.Client.GetInForceAsync(new GetInForceRequest { UnitId = api.Staffing.Committee.Id, Kind = RegulationKind.Working, AsOf = "2017-03-14" });
        var after = await api.Client.GetInForceAsync(new GetInForceRequest { UnitId = api.Staffing.Committee.Id, Kind = RegulationKind.Working, AsOf = "2017-03-15" });
        Assert.Equal((v1.Id, v2.Id), (before.Version.Id, Assert.Single(before.Pending).Id));
        Assert.Equal((v2.Id, 0), (after.Version.Id, after.Pending.Count));
        Assert.Equal(("2017-03-15", "amended"), (before.Version.EffectiveTo, before.Version.EndedBy));
        var old = await api.Client.GetProvisionAsync(new GetProvisionRequest { RegulationId = regulation.Id, Guid = clause.Guid, AsOf = "2017-03-14" });
        var changed = await api.Client.GetProvisionAsync(new GetProvisionRequest { RegulationId = regulation.Id, Eid = "dieu_2__khoan_2", AsOf = "2017-03-15" });
        Assert.Equal(("Phó Chủ tịch giúp Chủ tịch.", clause.Guid), (old.Provision.Text, changed.Provision.Guid));
        Assert.EndsWith("lĩnh vực được phân công.", changed.Provision.Text);
        var versions = await api.Client.ListVersionsAsync(new ListVersionsRequest { RegulationId = regulation.Id });
        Assert.Equal([("2016-08-10", "2017-03-15"), ("2017-03-15", "")], versions.Versions.Select(v => (v.EffectiveFrom, v.EffectiveTo)));
    }

    [Fact]
    public async Task UpdateDraft_OfAnIssuedVersion_FailedPreconditionOnlyDraftsAndStoresNothing()
    {
        var api = await ApiAsync();
        var (_, v) = await api.IssuedAsync();
        var before = await RegulationCounts.ReadAsync(Host);

        await RpcAssert.FailedPrecondition(() => api.Client.UpdateDraftAsync(new UpdateDraftRequest { Id = v.Id, ExpectedVersion = v.Version, Body = { RegulationsApi.Body[0] } }).ResponseAsync, "regulations.only-drafts");

        Assert.Equal(before, await RegulationCounts.ReadAsync(Host));
    }

    [Fact]
    public async Task UpdateDraft_StaleVersion_AbortedAndStoresNothing()
    {
        var api = await ApiAsync();
        var draft = await api.DraftAsync(await api.CreateAsync());
        var updated = (await api.Client.UpdateDraftAsync(new UpdateDraftRequest { Id = draft.Id, ExpectedVersion = draft.Version, Body = { RegulationsApi.Body[0] } })).Version;
        var before = await RegulationCounts.ReadAsync(Host);

        await RpcAssert.Aborted(() => api.Client.UpdateDraftAsync(new UpdateDraftRequest { Id = draft.Id, ExpectedVersion = draft.Version, Body = { RegulationsApi.Body } }).ResponseAsync);

        Assert.Equal((2L, 1), (updated.Version, updated.Body.Count));
        Assert.Equal(before, await RegulationCounts.ReadAsync(Host));
    }

    [Fact]
    public async Task Issue_BySomeoneWhoMayNotSign_FailedPreconditionSayingWhoMayAndStoresNothing()
    {
        var api = await ApiAsync();
        var v = await api.SubmitAsync(await api.DraftAsync(await api.CreateAsync()));
        var before = await RegulationCounts.ReadAsync(Host);

        var failure = await RpcAssert.FailedPrecondition(() => api.Client.IssueVersionAsync(new IssueVersionRequest
        {
            Id = v.Id, ExpectedVersion = v.Version, Decision = api.Decision("45/QĐ-UBND", "2016-08-01", api.Staffing.Deputy1, SigningForm.ForTheHead), EffectiveFrom = "2016-08-10",
        }).ResponseAsync, "regulations.signer-authority");

        Assert.Contains(api.Staffing.Chair.Id, failure.Violations.Single().Description);
        Assert.Equal(before, await RegulationCounts.ReadAsync(Host));
        await RpcAssert.FailedPrecondition(() => api.Client.IssueVersionAsync(new IssueVersionRequest
        {
            Id = v.Id, ExpectedVersion = v.Version, Decision = api.Decision("45/QĐ-UBND", "2016-06-01"), EffectiveFrom = "2016-08-10",
        }).ResponseAsync, "regulations.signer-authority");
    }

    [Theory]
    [InlineData("decision-unique")]
    [InlineData("effective-after-issue")]
    [InlineData("one-in-force")]
    public async Task Issue_BreakingARule_FailedPreconditionAndStoresNothing(string rule)
    {
        var api = await ApiAsync();
        var (first, _) = await api.IssuedAsync();
        var second = await api.SubmitAsync(await api.DraftAsync(await api.CreateAsync(replaces: rule == "one-in-force" ? "" : first.Id)));
        var (number, date, effective) = rule switch
        {
            "decision-unique" => ("45/qđ-ubnd", "2016-12-01", "2016-12-10"),
            "effective-after-issue" => ("46/QĐ-UBND", "2016-12-01", "2016-11-30"),
            _ => ("47/QĐ-UBND", "2016-12-01", "2016-12-10"),
        };
        var before = await RegulationCounts.ReadAsync(Host);

        await RpcAssert.FailedPrecondition(() => api.IssueAsync(second, number, date, effective), $"regulations.{rule}");

        Assert.Equal(before, await RegulationCounts.ReadAsync(Host));
    }

    [Fact]
    public async Task Amendment_NamingAProvisionTheAmendedVersionLacks_FailedPreconditionAndStoresNothing()
    {
        var api = await ApiAsync();
        var (regulation, v1) = await api.IssuedAsync();
        var before = await RegulationCounts.ReadAsync(Host);

        await RpcAssert.FailedPrecondition(() => api.Client.CreateVersionAsync(new CreateVersionRequest
        {
            RegulationId = regulation.Id, AmendsVersionId = v1.Id,
            Operations = { new AmendmentOperation { Action = AmendmentAction.Repeal, TargetGuid = Guid.NewGuid().ToString() } },
        }).ResponseAsync, "regulations.amendment-targets");

        Assert.Equal(before, await RegulationCounts.ReadAsync(Host));
    }

    [Fact]
    public async Task BadInput_InvalidArgumentWithTheFieldsAndStoresNothing()
    {
        var api = await ApiAsync();
        var regulation = await api.CreateAsync();
        var before = await RegulationCounts.ReadAsync(Host);

        await RpcAssert.InvalidArgument(() => api.Client.CreateRegulationAsync(new CreateRegulationRequest { UnitId = "x", Title = "" }).ResponseAsync, "unit_id", "kind", "title");
        await RpcAssert.InvalidArgument(() => api.Client.CreateVersionAsync(new CreateVersionRequest
        {
            RegulationId = regulation.Id, Body = { RegulationsApi.Article("1", "A"), RegulationsApi.Article("1", "B"), new Provision { Level = ProvisionLevel.Point, Number = "a" } },
        }).ResponseAsync, "body[1].number", "body[2].level");
        var unknown = new Provision { Level = (ProvisionLevel)9, Number = "1" };
        unknown.Children.Add(RegulationsApi.Clause("1", "Không đặt được."));
        await RpcAssert.InvalidArgument(() => api.Client.CreateVersionAsync(new CreateVersionRequest { RegulationId = regulation.Id, Body = { unknown } }).ResponseAsync, "body[0].level");
        await RpcAssert.InvalidArgument(() => api.Client.IssueVersionAsync(new IssueVersionRequest { Id = Guid.NewGuid().ToString(), ExpectedVersion = 1 }).ResponseAsync, "decision.number", "decision.date");

        Assert.Equal(before, await RegulationCounts.ReadAsync(Host));
    }

    [Fact]
    public async Task Anonymous_ReadsIssuedVersions_NotDrafts()
    {
        var api = await ApiAsync();
        var (regulation, issued) = await api.IssuedAsync();
        var draft = await api.Client.CreateVersionAsync(new CreateVersionRequest { RegulationId = regulation.Id, CopyInForce = true });
        var anonymous = new V1.Regulations.RegulationsClient(Host.With(null));

        var byIdentifier = await anonymous.GetRegulationAsync(new GetRegulationRequest { Id = regulation.Identifier });
        var inForce = await anonymous.GetInForceAsync(new GetInForceRequest { UnitId = api.Staffing.Committee.Id, Kind = RegulationKind.Working, AsOf = "2020-01-01" });
        var listed = await anonymous.ListVersionsAsync(new ListVersionsRequest { RegulationId = regulation.Id });

        Assert.Equal((regulation.Id, issued.Id), (byIdentifier.Regulation.Id, inForce.Version.Id));
        Assert.Equal([issued.Id], listed.Versions.Select(v => v.Id));
        await RpcAssert.NotFound(() => anonymous.GetVersionAsync(new GetVersionRequest { Id = draft.Version.Id }).ResponseAsync);
        Assert.Equal(VersionStatus.Draft, (await api.Client.GetVersionAsync(new GetVersionRequest { Id = draft.Version.Id })).Version.Status);
        Assert.Equal(2, (await api.Client.ListVersionsAsync(new ListVersionsRequest { RegulationId = regulation.Id })).Versions.Count);
        await RpcAssert.Fails(StatusCode.Unauthenticated, () => anonymous.CreateRegulationAsync(new CreateRegulationRequest()).ResponseAsync);
    }

    [Fact]
    public async Task Repeal_FromADate_NothingInForceAfterIt()
    {
        var api = await ApiAsync();
        var (regulation, v) = await api.IssuedAsync();

        var repealed = (await api.Client.RepealRegulationAsync(new RepealRegulationRequest
        {
            Id = regulation.Id, ExpectedVersion = regulation.Version, EffectiveDate = "2020-01-01", Decision = api.Decision("99/QĐ-UBND", "2019-12-20"),
        })).Regulation;

        Assert.Equal("2020-01-01", repealed.RepealedFrom);
        Assert.Equal(v.Id, (await api.Client.GetInForceAsync(new GetInForceRequest { UnitId = api.Staffing.Committee.Id, Kind = RegulationKind.Working, AsOf = "2019-12-31" })).Version.Id);
        await RpcAssert.NotFound(() => api.Client.GetInForceAsync(new GetInForceRequest { UnitId = api.Staffing.Committee.Id, Kind = RegulationKind.Working, AsOf = "2020-01-01" }).ResponseAsync);
        Assert.Equal("repealed", (await api.Client.GetVersionAsync(new GetVersionRequest { Id = v.Id })).Version.EndedBy);
    }
}

public sealed class RegulationsSqliteTests(SqliteFixture fixture) : RegulationsTests(fixture), IClassFixture<SqliteFixture>;

public sealed class RegulationsPostgresTests(PostgresFixture fixture) : RegulationsTests(fixture), IClassFixture<PostgresFixture>;
