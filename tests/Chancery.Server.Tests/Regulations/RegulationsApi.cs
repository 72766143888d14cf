using Chancery.Server.Tests.Delegations;
using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using Microsoft.EntityFrameworkCore;

namespace Chancery.Server.Tests.Regulations;

/// <summary>A working regulation of a staffed committee, driven through the public API.</summary>
public sealed class RegulationsApi(ChanceryHost host, Staffing staffing, string? token = null)
{
    public V1.Regulations.RegulationsClient Client { get; } = new(host.With(token ?? host.AdminToken));

    public Staffing Staffing => staffing;

    public static Provision Article(string number, string heading, params Provision[] clauses)
    {
        var p = new Provision { Level = ProvisionLevel.Article, Number = number, Heading = heading };
        p.Children.AddRange(clauses);
        return p;
    }

    public static Provision Clause(string number, string text) => new() { Level = ProvisionLevel.Clause, Number = number, Text = text };

    public static Provision[] Body =>
    [
        Article("1", "Phạm vi điều chỉnh", Clause("1", "Quy chế này quy định nguyên tắc, chế độ trách nhiệm, lề lối làm việc.")),
        Article("2", "Phân công nhiệm vụ", Clause("1", "Chủ tịch lãnh đạo, điều hành công việc của Ủy ban nhân dân."), Clause("2", "Phó Chủ tịch giúp Chủ tịch.")),
    ];

    public Decision Decision(string number, string date, Official? signer = null, SigningForm form = SigningForm.OnBehalf) =>
        new() { Number = number, Date = date, SignerOfficialId = (signer ?? staffing.Chair).Id, SigningForm = form, Title = "Quyết định ban hành Quy chế làm việc" };

    public async Task<Regulation> CreateAsync(string replaces = "") =>
        (await Client.CreateRegulationAsync(new CreateRegulationRequest
        {
            UnitId = staffing.Committee.Id, Kind = RegulationKind.Working, Title = "Quy chế làm việc của Ủy ban nhân dân", Year = 2016, ReplacesRegulationId = replaces,
        })).Regulation;

    public async Task<RegulationVersion> DraftAsync(Regulation regulation) =>
        (await Client.CreateVersionAsync(new CreateVersionRequest { RegulationId = regulation.Id, Body = { Body } })).Version;

    public async Task<RegulationVersion> SubmitAsync(RegulationVersion v) =>
        (await Client.SubmitVersionAsync(new SubmitVersionRequest { Id = v.Id, ExpectedVersion = v.Version })).Version;

    public async Task<RegulationVersion> IssueAsync(RegulationVersion v, string number, string date, string effective) =>
        (await Client.IssueVersionAsync(new IssueVersionRequest { Id = v.Id, ExpectedVersion = v.Version, Decision = Decision(number, date), EffectiveFrom = effective })).Version;

    /// <summary>A regulation issued on 2016-08-01 in force from 2016-08-10.</summary>
    public async Task<(Regulation Regulation, RegulationVersion Version)> IssuedAsync(string number = "45/QĐ-UBND")
    {
        var regulation = await CreateAsync();
        var v = await IssueAsync(await SubmitAsync(await DraftAsync(regulation)), number, "2016-08-01", "2016-08-10");
        return (regulation, v);
    }
}

/// <summary>What the database holds of regulations and the trail, to show that a refused call stored nothing.</summary>
public sealed record RegulationCounts(int Changes, int Regulations, int Versions, int AuditEntries, string Bodies)
{
    public static async Task<RegulationCounts> ReadAsync(ChanceryHost host)
    {
        await using var db = host.CreateDbContext();
        var bodies = string.Join("|", await db.Set<Core.Regulations.RegulationVersion>().OrderBy(v => v.Id).Select(v => v.Status + v.Body).ToListAsync());
        return new(await db.ChangeLog.CountAsync(), await db.Set<Core.Regulations.Regulation>().CountAsync(),
            await db.Set<Core.Regulations.RegulationVersion>().CountAsync(), await db.AuditEntries.CountAsync(), bodies);
    }
}
