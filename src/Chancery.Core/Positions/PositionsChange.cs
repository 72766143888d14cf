using Chancery.Core.Audit;
using Chancery.Core.Registry;
using Chancery.Core.Storage;
using Chancery.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Chancery.Core.Positions;

/// <summary>The positions, appointments and officials a change made or changed: stored, audited, named in the change log.</summary>
internal sealed class PositionsChange(PositionsDraft draft) : PartChange
{
    public IReadOnlyList<PositionState> Positions { get; } =
        draft.ChangedPositions.Where(p => draft.OriginalPosition(p.Id) != p).ToList();

    public IReadOnlyList<AppointmentState> Appointments { get; } =
        draft.ChangedAppointments.Where(a => draft.OriginalAppointment(a.Id) != a).ToList();

    public IReadOnlyList<OfficialState> Officials { get; } =
        draft.ChangedOfficials.Where(o => draft.OriginalOfficial(o.Id) is not { } x || x.FullName != o.FullName || x.RankCode != o.RankCode).ToList();

    public bool IsEmpty => Positions.Count + Appointments.Count + Officials.Count == 0;

    /// <summary>Makes the stored rows hold the drafted states; false if another writer changed one of them first.</summary>
    public override async Task<bool> StageAsync(ChanceryDbContext db, CancellationToken cancellationToken) =>
        await StageAsync(db.Officials, Officials, o => draft.OriginalOfficial(o.Id)?.Version, o => o.Id, r => r.Id, r => r.Version, PositionStorage.Apply, cancellationToken)
        && await StageAsync(db.Positions, Positions, p => draft.OriginalPosition(p.Id)?.Version, p => p.Id, r => r.Id, r => r.Version, PositionStorage.Apply, cancellationToken)
        && await StageAsync(db.Appointments, Appointments, a => draft.OriginalAppointment(a.Id)?.Version, a => a.Id, r => r.Id, r => r.Version, PositionStorage.Apply, cancellationToken);

    public override IEnumerable<AuditRecord> AuditRecords() =>
        Officials.Select(o => new AuditRecord(PositionsPart.OfficialKind, o.Id.ToString(), Json(draft.OriginalOfficial(o.Id)), Json(o)))
            .Concat(Positions.Select(p => new AuditRecord(PositionsPart.PositionKind, p.Id.ToString(), Json(draft.OriginalPosition(p.Id)), Json(p))))
            .Concat(Appointments.Select(a => new AuditRecord(PositionsPart.AppointmentKind, a.Id.ToString(), Json(draft.OriginalAppointment(a.Id)), Json(a))));

    public override IEnumerable<(string Kind, string Id)> Entities() =>
        Officials.Select(o => (PositionsPart.OfficialKind, o.Id.ToString()))
            .Concat(Positions.Select(p => (PositionsPart.PositionKind, p.Id.ToString())))
            .Concat(Appointments.Select(a => (PositionsPart.AppointmentKind, a.Id.ToString())));

    private static async Task<bool> StageAsync<TState, TRow>(
        DbSet<TRow> set, IReadOnlyList<TState> states, Func<TState, long?> originalVersion, Func<TState, Guid> id,
        Func<TRow, Guid> rowId, Func<TRow, long> rowVersion, Action<TRow, TState> apply, CancellationToken cancellationToken)
        where TRow : class, new()
    {
        var existing = states.Where(s => originalVersion(s) is not null).Select(id).ToList();
        var rows = new Dictionary<Guid, TRow>(existing.Count);
        foreach (var chunk in existing.Chunk(2000))
        {
            foreach (var row in await set.Where(r => chunk.Contains(EF.Property<Guid>(r, "Id"))).ToListAsync(cancellationToken))
            {
                rows[rowId(row)] = row;
            }
        }

        foreach (var state in states)
        {
            if (originalVersion(state) is not { } version)
            {
                var row = new TRow();
                apply(row, state);
                set.Add(row);
            }
            else if (!rows.TryGetValue(id(state), out var row) || rowVersion(row) != version)
            {
                return false;
            }
            else
            {
                apply(row, state);
            }
        }

        return true;
    }

    private static string? Json(OfficialState? o) => o is null ? null : AuditJson.Serialize(new { id = o.Id, version = o.Version, full_name = o.FullName, rank_code = o.RankCode });

    private static string? Json(PositionState? p) => p is null ? null : AuditJson.Serialize(new
    {
        id = p.Id, version = p.Version, unit_id = p.UnitId, title = p.Title, role = p.Role.ToString(), collective_body = p.CollectiveBody,
        valid_from = IsoDate.Format(p.From), valid_to = p.To is { } to ? IsoDate.Format(to) : null,
    });

    private static string? Json(AppointmentState? a) => a is null ? null : AuditJson.Serialize(new
    {
        id = a.Id, version = a.Version, official_id = a.OfficialId, position_id = a.PositionId, kind = a.Kind.ToString(),
        valid_from = IsoDate.Format(a.From), valid_to = a.To is { } to ? IsoDate.Format(to) : null, basis = a.Basis.ToString(),
    });
}
