using Chancery.Core.Access;
using Chancery.Server.Tests.Positions;
using Chancery.V1;
using Grpc.Core;

namespace Chancery.Server.Tests.Access;

/// <summary>
/// The rows of the Regulations service: a fresh unit inside or outside the subtree with its head
/// appointed, and a regulation at the stage the call needs (none, a draft, in review, issued), made
/// by a system administrator. Reads of issued versions are published (no token needed).
/// </summary>
public static class RegulationsProbes
{
    private const string Reason = "Kiểm tra ma trận quyền";

    public static IEnumerable<Probe> All() =>
    [
        Write("CreateRegulation", StaffedUnit, (c, t) => c.CreateRegulationAsync(new CreateRegulationRequest
        {
            UnitId = t.Unit!.Id, Kind = RegulationKind.Working, Title = "Quy chế làm việc", Year = 2021, Reason = Reason,
        }).ResponseAsync),
        Write("CreateVersion", RegulationUnit, (c, t) => c.CreateVersionAsync(new CreateVersionRequest { RegulationId = t.Regulation!.Id, Reason = Reason }).ResponseAsync),
        Write("UpdateDraft", DraftUnit, (c, t) => c.UpdateDraftAsync(new UpdateDraftRequest
        {
            Id = t.RegulationVersion!.Id, ExpectedVersion = t.RegulationVersion.Version, Body = { Article() }, Reason = Reason,
        }).ResponseAsync),
        Write("ImportDraftText", DraftUnit, (c, t) => c.ImportDraftTextAsync(new ImportDraftTextRequest
        {
            Id = t.RegulationVersion!.Id, ExpectedVersion = t.RegulationVersion.Version, Text = "Điều 1. Phạm vi", Reason = Reason,
        }).ResponseAsync, Expectations.RegulationsWritePending),
        Write("SubmitVersion", DraftUnit, (c, t) => c.SubmitVersionAsync(new SubmitVersionRequest
        {
            Id = t.RegulationVersion!.Id, ExpectedVersion = t.RegulationVersion.Version, Reason = Reason,
        }).ResponseAsync),
        Write("IssueVersion", InReviewUnit, (c, t) => c.IssueVersionAsync(new IssueVersionRequest
        {
            Id = t.RegulationVersion!.Id, ExpectedVersion = t.RegulationVersion.Version, Decision = Decision(t, "2021-02-01"), EffectiveFrom = "2021-02-10", Reason = Reason,
        }).ResponseAsync),
        Write("RepealRegulation", IssuedUnit, (c, t) => c.RepealRegulationAsync(new RepealRegulationRequest
        {
            Id = t.Regulation!.Id, ExpectedVersion = t.Regulation.Version, EffectiveDate = "2023-01-01", Decision = Decision(t, "2022-12-01", "2/QĐ"), Reason = Reason,
        }).ResponseAsync),
        Read("GetRegulation", SharedIssuedUnit, (c, t) => c.GetRegulationAsync(new GetRegulationRequest { Id = t.Regulation!.Identifier }).ResponseAsync),
        Read("GetVersion", SharedIssuedUnit, (c, t) => c.GetVersionAsync(new GetVersionRequest { Id = t.RegulationVersion!.Id }).ResponseAsync),
        Read("ListVersions", SharedIssuedUnit, (c, t) => c.ListVersionsAsync(new ListVersionsRequest { RegulationId = t.Regulation!.Id }).ResponseAsync),
        Read("GetInForce", SharedIssuedUnit, (c, t) => c.GetInForceAsync(new GetInForceRequest { UnitId = t.Unit!.Id, Kind = RegulationKind.Working, AsOf = "2021-06-01" }).ResponseAsync),
        Read("GetProvision", SharedIssuedUnit, (c, t) => c.GetProvisionAsync(new GetProvisionRequest { RegulationId = t.Regulation!.Id, Eid = "dieu_1", AsOf = "2021-06-01" }).ResponseAsync),
        Read("CompareVersions", SharedIssuedUnit, (c, t) => c.CompareVersionsAsync(new CompareVersionsRequest
        {
            RegulationId = t.Regulation!.Id, FromDate = "2021-01-01", ToDate = "2021-06-01",
        }).ResponseAsync, Expectations.RegulationsPublicReadPending),
        Read("SearchProvisions", SharedIssuedUnit, (c, _) => c.SearchProvisionsAsync(new SearchProvisionsRequest { Query = "pham vi" }).ResponseAsync,
            Expectations.RegulationsPublicReadPending),
        Read("ExportVersion", SharedIssuedUnit, (c, t) => c.ExportVersionAsync(new ExportVersionRequest
        {
            Id = t.RegulationVersion!.Id, Format = ExportFormat.Text,
        }).ResponseAsync, Expectations.RegulationsPublicReadPending),
        Read("ListRegulations", SharedIssuedUnit, (c, t) => c.ListRegulationsAsync(new ListRegulationsRequest { UnitId = t.Unit!.Id }).ResponseAsync),
    ];

    private static Provision Article() => new()
    {
        Level = ProvisionLevel.Article, Number = "1", Heading = "Phạm vi điều chỉnh", Text = "Quy chế này quy định lề lối làm việc.",
    };

    private static Decision Decision(Target t, string date, string number = "1/QĐ") =>
        new() { Number = number, Date = date, SignerOfficialId = t.Official!.Id, SigningForm = SigningForm.Head };

    private static V1.Regulations.RegulationsClient Admin(MatrixScenario s) => new(s.Host.With(s.Host.AdminToken));

    /// <summary>A fresh unit with its head appointed from 2021-01-01.</summary>
    private static async Task<Target> StaffedUnit(MatrixScenario s, Place place)
    {
        var unit = await s.NewUnitAsync(place);
        var head = await s.Host.Positions.CreatePositionAsync(unit, "Trưởng phòng", PositionRole.Head, "2020-01-01");
        var chief = await s.Host.Positions.CreateOfficialAsync("Nguyễn Văn Trưởng");
        await s.Host.Positions.AppointAsync(chief, head, validFrom: "2021-01-01");
        return new Target($"units/{unit.Id}") { Unit = unit, Official = chief };
    }

    private static async Task<Target> RegulationUnit(MatrixScenario s, Place place)
    {
        var t = await StaffedUnit(s, place);
        var regulation = (await Admin(s).CreateRegulationAsync(new CreateRegulationRequest { UnitId = t.Unit!.Id, Kind = RegulationKind.Working, Title = "Quy chế làm việc", Year = 2021 })).Regulation;
        return t with { Regulation = regulation };
    }

    private static async Task<Target> DraftUnit(MatrixScenario s, Place place)
    {
        var t = await RegulationUnit(s, place);
        var draft = (await Admin(s).CreateVersionAsync(new CreateVersionRequest { RegulationId = t.Regulation!.Id, Body = { Article() } })).Version;
        return t with { RegulationVersion = draft };
    }

    private static async Task<Target> InReviewUnit(MatrixScenario s, Place place)
    {
        var t = await DraftUnit(s, place);
        var v = (await Admin(s).SubmitVersionAsync(new SubmitVersionRequest { Id = t.RegulationVersion!.Id, ExpectedVersion = t.RegulationVersion.Version })).Version;
        return t with { RegulationVersion = v };
    }

    private static async Task<Target> IssuedUnit(MatrixScenario s, Place place)
    {
        var t = await InReviewUnit(s, place);
        var v = (await Admin(s).IssueVersionAsync(new IssueVersionRequest
        {
            Id = t.RegulationVersion!.Id, ExpectedVersion = t.RegulationVersion.Version, Decision = Decision(t, "2021-02-01"), EffectiveFrom = "2021-02-10",
        })).Version;
        return t with { RegulationVersion = v };
    }

    private static Task<Target> SharedIssuedUnit(MatrixScenario s, Place place) => s.SharedAsync("issued regulation unit", place, IssuedUnit);

    private static Probe Read(string method, Func<MatrixScenario, Place, Task<Target>> prepare, Func<V1.Regulations.RegulationsClient, Target, Task> call,
        IReadOnlyDictionary<Cell, Outcome>? expected = null) =>
        new("Regulations", method, Scopes.RegulationsRead, expected ?? Expectations.RegulationsPublicRead, prepare, (invoker, target) => call(new(invoker), target));

    private static Probe Write(string method, Func<MatrixScenario, Place, Task<Target>> prepare, Func<V1.Regulations.RegulationsClient, Target, Task> call,
        IReadOnlyDictionary<Cell, Outcome>? expected = null) =>
        new("Regulations", method, Scopes.RegulationsWrite, expected ?? Expectations.RegulationsWrite, prepare, (invoker, target) => call(new(invoker), target));
}
