using System.Globalization;
using Chancery.Core.Access;
using Chancery.Core.Audit;
using Chancery.Core.Errors;
using Chancery.Core.Registry;
using Chancery.Core.Storage;
using Chancery.Core.Time;
using Chancery.Server.Access;
using Chancery.Server.Grpc;
using Chancery.V1;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace Chancery.Server.Audit;

/// <summary>Reads and verifies the audit trail: system administrators and auditors, scope audit.read.</summary>
public sealed class AuditService(RegistryState registry, ChanceryDbContext db, CheckpointSigner signer, RegistryClock clock) : V1.Audit.AuditBase
{
    [Scope(Scopes.AuditRead)]
    public override async Task<ListAuditEntriesResponse> ListAuditEntries(ListAuditEntriesRequest request, ServerCallContext context)
    {
        ReadRights.RequireAuditRead(context.Actor(), registry.Current);
        var errors = new InputErrors();
        var size = RequestFields.PageSize(request.PageSize, errors);
        var from = Instant(request.RecordedFrom, "recorded_from", errors);
        var to = Instant(request.RecordedTo, "recorded_to", errors);
        long? after = null;
        if (request.PageToken.Length > 0)
        {
            if (long.TryParse(request.PageToken, CultureInfo.InvariantCulture, out var token) && token >= 0)
            {
                after = token;
            }
            else
            {
                errors.Add("page_token", "Not a page token from this service.");
            }
        }

        errors.ThrowIfAny();

        var query = db.AuditEntries.AsNoTracking().AsQueryable();
        if (request.EntityKind.Length > 0)
        {
            query = query.Where(e => e.EntityKind == request.EntityKind);
        }

        if (request.EntityId.Length > 0)
        {
            query = query.Where(e => e.EntityId == request.EntityId);
        }

        if (request.ActorId.Length > 0)
        {
            query = query.Where(e => e.ActorId == request.ActorId);
        }

        if (request.ClientId.Length > 0)
        {
            query = query.Where(e => e.ClientId == request.ClientId);
        }

        if (request.Operation.Length > 0)
        {
            query = query.Where(e => e.Operation == request.Operation);
        }

        if (from is { } f)
        {
            query = query.Where(e => e.RecordedAt >= f);
        }

        if (to is { } t)
        {
            query = query.Where(e => e.RecordedAt < t);
        }

        if (after is { } a)
        {
            query = request.NewestFirst ? query.Where(e => e.Sequence < a) : query.Where(e => e.Sequence > a);
        }

        query = request.NewestFirst ? query.OrderByDescending(e => e.Sequence) : query.OrderBy(e => e.Sequence);
        var page = await query.Take(size + 1).ToListAsync(context.CancellationToken);
        var response = new ListAuditEntriesResponse
        {
            NextPageToken = page.Count > size ? page[size - 1].Sequence.ToString(CultureInfo.InvariantCulture) : "",
        };
        response.Entries.AddRange(page.Take(size).Select(ToMessage));
        return response;
    }

    [Scope(Scopes.AuditRead)]
    public override async Task<VerifyAuditResponse> VerifyAudit(VerifyAuditRequest request, ServerCallContext context)
    {
        ReadRights.RequireAuditRead(context.Actor(), registry.Current);
        var errors = new InputErrors();
        var checkpoint = request.Checkpoint is null ? null : CheckpointMapping.ToCore(request.Checkpoint, errors);
        errors.ThrowIfAny();
        var result = checkpoint is null
            ? await AuditVerifier.VerifyAsync(db, context.CancellationToken)
            : await AuditCheckpoints.VerifyAsync(db, checkpoint, signer, context.CancellationToken);
        return new VerifyAuditResponse
        {
            Intact = result.Intact,
            EntriesChecked = result.EntriesChecked,
            FirstBadSequence = result.FirstBadSequence ?? 0,
            Problem = result.Problem ?? "",
            Message = result.Message,
        };
    }

    [Scope(Scopes.AuditRead)]
    public override async Task<GetAuditCheckpointResponse> GetAuditCheckpoint(GetAuditCheckpointRequest request, ServerCallContext context)
    {
        ReadRights.RequireAuditRead(context.Actor(), registry.Current);
        var signed = await AuditCheckpoints.TakeAsync(db, signer, clock.UtcNow, signer.Issuer, context.CancellationToken);
        return new GetAuditCheckpointResponse { Checkpoint = signed.ToMessage() };
    }

    private static DateTime? Instant(string text, string field, InputErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value))
        {
            return DateTime.SpecifyKind(value, DateTimeKind.Utc);
        }

        errors.Add(field, $"'{text}' is not an ISO 8601 date or UTC date-time.");
        return null;
    }

    private static V1.AuditEntry ToMessage(Core.Audit.AuditEntry e) => new()
    {
        Sequence = e.Sequence,
        ChangeSequence = e.ChangeSequence,
        RecordedAt = AccessMapping.Utc(e.RecordedAt),
        ActorKind = e.ActorKind,
        ActorId = e.ActorId,
        ActorName = e.ActorName,
        ClientId = e.ClientId ?? "",
        Operation = e.Operation,
        EntityKind = e.EntityKind,
        EntityId = e.EntityId,
        Before = e.Before ?? "",
        After = e.After ?? "",
        Reason = e.Reason ?? "",
        PreviousHash = e.PreviousHash,
        Hash = e.Hash,
    };
}
