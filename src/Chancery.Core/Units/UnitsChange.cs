using Chancery.Core.Audit;
using Chancery.Core.Registry;
using Chancery.Core.Storage;
using Chancery.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Chancery.Core.Units;

/// <summary>The units a change adds or changes: their rows, audit records and change-log mentions.</summary>
internal sealed class UnitsChange(UnitsDraft draft, IReadOnlyList<UnitState> units) : PartChange
{
    public IReadOnlyList<UnitState> Units => units;

    /// <summary>
    /// Neither new nor existing units go through the change tracker (a plan or an import may
    /// change 100,000 of them): new ones by multi-row INSERTs, the units and then their versions;
    /// then the existing ones, whose versions may name new units as parents, row by row on SQLite
    /// (elsewhere tracked, in SaveChanges).
    /// </summary>
    public override async Task<bool> StageAsync(ChanceryDbContext db, CancellationToken cancellationToken)
    {
        var created = new List<Unit>();
        var existing = new List<(UnitState Original, UnitState Drafted)>();
        foreach (var unit in units)
        {
            if (draft.Original(unit.Id) is { } original)
            {
                existing.Add((original, unit));
            }
            else
            {
                created.Add(UnitStorage.ToNew(unit));
            }
        }

        await BulkInsert.InsertAsync(db, created, cancellationToken);
        await BulkInsert.InsertAsync(db, created.SelectMany(u => u.Versions).ToList(), cancellationToken);
        return db.Database.IsSqlite()
            ? await UnitRows.StoreAsync(db, existing, cancellationToken)
            : await UnitRows.TrackAsync(db, existing, cancellationToken);
    }

    public override IEnumerable<AuditRecord> AuditRecords() =>
        units.Select(u => new AuditRecord(UnitsPart.Kind, u.IdText, Json(draft.Original(u.Id)), Json(u)));

    public override IEnumerable<(string Kind, string Id)> Entities() => units.Select(u => (UnitsPart.Kind, u.IdText));

    private static string? Json(UnitState? unit) => unit is null ? null : AuditJson.Serialize(new
    {
        id = unit.Id,
        version = unit.Version,
        versions = unit.Versions.Select(v => new
        {
            valid_from = IsoDate.Format(v.From),
            valid_to = v.To is { } to ? IsoDate.Format(to) : null,
            name = v.Name,
            short_name = v.ShortName,
            kind = UnitKinds.ToFileName(v.Kind),
            parent_id = v.ParentId,
            code = v.Code,
        }),
    });
}
