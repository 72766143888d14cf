using Chancery.Core.Audit;
using Chancery.Core.Registry;
using Chancery.Core.Storage;
using Chancery.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Chancery.Core.Delegations;

/// <summary>The delegations a change made or changed: stored, audited (before and after, with the basis), named in the change log.</summary>
internal sealed class DelegationsChange(DelegationsDraft draft) : PartChange
{
    public IReadOnlyList<DelegationState> Delegations { get; } =
        draft.Changed.Where(d => draft.Original(d.Id) != d).OrderBy(d => d.PassedFromId is null ? 0 : 1).ToList();

    public bool IsEmpty => Delegations.Count == 0;

    /// <summary>Makes the stored rows hold the drafted states; false if another writer changed one of them first.</summary>
    public override async Task<bool> StageAsync(ChanceryDbContext db, CancellationToken cancellationToken)
    {
        var set = db.Set<Delegation>();
        var existing = Delegations.Where(d => draft.Original(d.Id) is not null).Select(d => d.Id).ToList();
        var rows = existing.Count == 0 ? [] : await set.Where(r => existing.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        foreach (var state in Delegations)
        {
            if (draft.Original(state.Id) is not { } original)
            {
                var row = new Delegation();
                DelegationStorage.Apply(row, state);
                set.Add(row);
            }
            else if (!rows.TryGetValue(state.Id, out var row) || row.Version != original.Version)
            {
                return false;
            }
            else
            {
                DelegationStorage.Apply(row, state);
            }
        }

        return true;
    }

    public override IEnumerable<AuditRecord> AuditRecords() =>
        Delegations.Select(d => new AuditRecord(DelegationsPart.DelegationKind, d.Id.ToString(), Json(draft.Original(d.Id)), Json(d)));

    public override IEnumerable<(string Kind, string Id)> Entities() =>
        Delegations.Select(d => (DelegationsPart.DelegationKind, d.Id.ToString()));

    private static string? Json(DelegationState? d) => d is null ? null : AuditJson.Serialize(new
    {
        id = d.Id, version = d.Version, kind = d.Kind.ToString(), unit_id = d.UnitId,
        delegator_appointment_id = d.DelegatorAppointmentId, delegator_official_id = d.DelegatorOfficialId,
        delegate_appointment_id = d.DelegateAppointmentId, delegate_official_id = d.DelegateOfficialId, passed_from_id = d.PassedFromId,
        fields = d.Fields, supervised_units = d.SupervisedUnits, document_kinds = d.DocumentKinds, scope = d.Scope,
        runs_unit_from = d.RunsUnit is { } r ? IsoDate.Format(r.From) : null, runs_unit_to = d.RunsUnit?.To is { } rt ? IsoDate.Format(rt) : null,
        valid_from = IsoDate.Format(d.From), valid_to = d.To is { } to ? IsoDate.Format(to) : null,
        revoked_from = d.RevokedFrom is { } rv ? IsoDate.Format(rv) : null, overlap_reason = d.OverlapReason, basis = d.Basis.ToString(),
    });
}
