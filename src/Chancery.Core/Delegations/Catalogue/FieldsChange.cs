using Chancery.Core.Audit;
using Chancery.Core.Registry;
using Chancery.Core.Storage;
using Chancery.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Chancery.Core.Delegations.Catalogue;

/// <summary>The own fields a change made or changed: stored (new names appended), audited (before and after, with their names), named in the change log.</summary>
internal sealed class FieldsChange(FieldsDraft draft) : PartChange
{
    public IReadOnlyList<FieldState> Fields { get; } = draft.Changed.Where(f => draft.Original(f.Id) != f).ToList();

    public bool IsEmpty => Fields.Count == 0;

    /// <summary>Makes the stored rows hold the drafted states; false if another writer changed one of them first.</summary>
    public override async Task<bool> StageAsync(ChanceryDbContext db, CancellationToken cancellationToken)
    {
        var set = db.Set<UnitField>();
        var existing = Fields.Where(f => draft.Original(f.Id) is not null).Select(f => f.Id).ToList();
        var rows = existing.Count == 0 ? [] : await set.Where(r => existing.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        foreach (var state in Fields)
        {
            var original = draft.Original(state.Id);
            UnitField row;
            if (original is null)
            {
                row = new UnitField();
                set.Add(row);
            }
            else if (!rows.TryGetValue(state.Id, out row!) || row.Version != original.Version)
            {
                return false;
            }

            FieldStorage.Apply(row, state);
            var had = original?.Names.Count ?? 0;
            db.Set<UnitFieldName>().AddRange(state.Names.Skip(had).Select(n => FieldStorage.Row(state.Id, n)));
        }

        return true;
    }

    public override IEnumerable<AuditRecord> AuditRecords() =>
        Fields.Select(f => new AuditRecord(FieldsPart.FieldKind, f.Id.ToString(), Json(draft.Original(f.Id)), Json(f)));

    public override IEnumerable<(string Kind, string Id)> Entities() => Fields.Select(f => (FieldsPart.FieldKind, f.Id.ToString()));

    private static string? Json(FieldState? f) => f is null ? null : AuditJson.Serialize(new
    {
        id = f.Id, version = f.Version, unit_id = f.UnitId, code = f.Code,
        valid_from = IsoDate.Format(f.From), valid_to = f.To is { } to ? IsoDate.Format(to) : null,
        names = f.Names.Select(n => new { valid_from = IsoDate.Format(n.From), name = n.Name, basis = n.Basis.ToString() }),
    });
}
