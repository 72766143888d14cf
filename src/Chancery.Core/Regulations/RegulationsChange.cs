using Chancery.Core.Audit;
using Chancery.Core.Registry;
using Chancery.Core.Storage;
using Chancery.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Chancery.Core.Regulations;

/// <summary>The regulations and versions a change made or changed: stored, audited (before and after), named in the change log.</summary>
internal sealed class RegulationsChange(RegulationsDraft draft) : PartChange
{
    public IReadOnlyList<RegulationState> Regulations { get; } = draft.ChangedRegulations.Where(r => draft.Original(r.Id) != r).ToList();

    public IReadOnlyList<VersionState> Versions { get; } =
        draft.ChangedVersions.Where(v => draft.OriginalVersion(v.Id) != v).OrderBy(v => v.Number).ToList();

    public bool IsEmpty => Regulations.Count == 0 && Versions.Count == 0;

    public override async Task<bool> StageAsync(ChanceryDbContext db, CancellationToken cancellationToken)
    {
        var regulationIds = Regulations.Where(r => draft.Original(r.Id) is not null).Select(r => r.Id).ToList();
        var regulationRows = regulationIds.Count == 0 ? [] : await db.Set<Regulation>().Where(r => regulationIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        foreach (var state in Regulations)
        {
            if (draft.Original(state.Id) is not { } original)
            {
                var row = new Regulation();
                RegulationStorage.Apply(row, state);
                db.Add(row);
            }
            else if (!regulationRows.TryGetValue(state.Id, out var row) || row.Version != original.Version)
            {
                return false;
            }
            else
            {
                RegulationStorage.Apply(row, state);
            }
        }

        var versionIds = Versions.Where(v => draft.OriginalVersion(v.Id) is not null).Select(v => v.Id).ToList();
        var versionRows = versionIds.Count == 0 ? [] : await db.Set<RegulationVersion>().Where(v => versionIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, cancellationToken);
        foreach (var state in Versions)
        {
            if (draft.OriginalVersion(state.Id) is not { } original)
            {
                var row = new RegulationVersion();
                RegulationStorage.Apply(row, state);
                db.Add(row);
            }
            else if (!versionRows.TryGetValue(state.Id, out var row) || row.Version != original.Version)
            {
                return false;
            }
            else
            {
                RegulationStorage.Apply(row, state);
            }
        }

        return true;
    }

    public override IEnumerable<AuditRecord> AuditRecords() =>
        Regulations.Select(r => new AuditRecord(RegulationsPart.RegulationKind, r.Id.ToString(), Json(draft.Original(r.Id)), Json(r)))
            .Concat(Versions.Select(v => new AuditRecord(RegulationsPart.VersionKind, v.Id.ToString(), Json(draft.OriginalVersion(v.Id)), Json(v))));

    public override IEnumerable<(string Kind, string Id)> Entities() =>
        Regulations.Select(r => (RegulationsPart.RegulationKind, r.Id.ToString()))
            .Concat(Versions.Select(v => (RegulationsPart.VersionKind, v.Id.ToString())));

    private static string? Json(RegulationState? r) => r is null ? null : AuditJson.Serialize(new
    {
        id = r.Id, version = r.Version, unit_id = r.UnitId, kind = r.Kind.ToString(), identifier = r.Identifier, title = r.Title,
        replaces_id = r.ReplacesId, repealed_from = r.RepealedFrom is { } d ? IsoDate.Format(d) : null, repeal = BodyJson.Decision(r.Repeal),
    });

    /// <summary>The whole body, so that the trail shows what each version said.</summary>
    private static string? Json(VersionState? v) => v is null ? null : AuditJson.Serialize(new
    {
        id = v.Id, version = v.Version, regulation_id = v.RegulationId, number = v.Number, status = v.Status.ToString(), title = v.Title,
        amends_id = v.AmendsId, operations = BodyJson.Operations(v.Operations), body = BodyJson.Body(v.Body), decision = BodyJson.Decision(v.Decision),
        effective_from = v.EffectiveFrom is { } d ? IsoDate.Format(d) : null,
    });
}
