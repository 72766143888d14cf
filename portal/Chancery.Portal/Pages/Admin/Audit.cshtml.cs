using Chancery.Portal.Setup;
using Chancery.V1;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;

namespace Chancery.Portal.Pages.Admin;

/// <summary>
/// The audit trail, newest first, filtered by entity, actor, RPC and recorded dates, page by page;
/// and the verification of the whole hash chain, with the first broken entry if there is one.
/// Auditors and system administrators (the server decides).
/// </summary>
public sealed class AuditModel(V1.Audit.AuditClient audit) : AdminPage
{
    public static readonly string[] EntityKinds = ["unit", "plan", "position", "official", "appointment", "delegation", "user", "grant", "client", "authorization"];

    [BindProperty(SupportsGet = true, Name = "entity_kind")]
    public string? EntityKind { get; set; }

    [BindProperty(SupportsGet = true, Name = "entity_id")]
    public string? EntityId { get; set; }

    [BindProperty(SupportsGet = true, Name = "actor_id")]
    public string? ActorId { get; set; }

    [BindProperty(SupportsGet = true, Name = "operation")]
    public string? Operation { get; set; }

    [BindProperty(SupportsGet = true, Name = "recorded_from")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "recorded_to")]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "after")]
    public string? PageToken { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public string NextPageToken { get; private set; } = "";

    public VerifyAuditResponse? Verification { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Problem is null ? Page() : Refused();
    }

    public async Task<IActionResult> OnPostVerifyAsync()
    {
        Verification = await Call(ct => audit.VerifyAuditAsync(new VerifyAuditRequest(), cancellationToken: ct).ResponseAsync);
        if (Problem is null)
        {
            await LoadAsync();
        }

        return Problem is null ? Page() : Refused();
    }

    private async Task LoadAsync()
    {
        var answer = await Call(ct => audit.ListAuditEntriesAsync(new ListAuditEntriesRequest
        {
            EntityKind = EntityKind?.Trim() ?? "",
            EntityId = EntityId?.Trim() ?? "",
            ActorId = ActorId?.Trim() ?? "",
            Operation = Operation?.Trim() ?? "",
            RecordedFrom = Dates.ToIso(From),
            RecordedTo = Dates.ToIso(To),
            PageToken = PageToken ?? "",
            PageSize = 50,
            NewestFirst = true,
        }, cancellationToken: ct).ResponseAsync);
        Entries = answer?.Entries ?? [];
        NextPageToken = answer?.NextPageToken ?? "";
    }

    /// <summary>The next page with the same filters.</summary>
    public string NextPageUrl()
    {
        var query = new QueryBuilder();
        foreach (var (key, value) in new[] { ("entity_kind", EntityKind), ("entity_id", EntityId), ("actor_id", ActorId), ("operation", Operation), ("recorded_from", From), ("recorded_to", To) })
        {
            if (value is { Length: > 0 })
            {
                query.Add(key, value);
            }
        }

        query.Add("after", NextPageToken);
        return "/admin/audit" + query.ToQueryString();
    }
}
