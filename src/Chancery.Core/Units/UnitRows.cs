using Chancery.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chancery.Core.Units;

/// <summary>
/// Stores the drafted state of units that exist already, statement by statement instead of
/// through the change tracker (a plan may change 100,000 of them): each unit's concurrency
/// version moves on only where the stored one is still the version the draft started from; then
/// the version rows that differ from that original are deleted, updated or added (matched by the
/// start of their period, as <see cref="UnitStorage.Apply"/> matches them). On SQLite only (see
/// <see cref="TrackAsync"/>).
/// </summary>
internal static class UnitRows
{
    /// <summary>False, having stored nothing of the unit that showed it, if another writer changed one of the units first.</summary>
    public static async Task<bool> StoreAsync(ChanceryDbContext db, IReadOnlyList<(UnitState Original, UnitState Drafted)> units, CancellationToken cancellationToken)
    {
        await using (var bump = RowStatement<Unit>.Update(db, [nameof(Unit.Version)], [nameof(Unit.Id), nameof(Unit.Version)]))
        {
            foreach (var (original, drafted) in units)
            {
                if (await bump.RunAsync([drafted.Version, drafted.Id, original.Version], cancellationToken) != 1)
                {
                    return false;
                }
            }
        }

        var key = new[] { nameof(UnitVersion.UnitId), nameof(UnitVersion.ValidFrom) };
        var attributes = new[]
        {
            nameof(UnitVersion.ValidTo), nameof(UnitVersion.Name), nameof(UnitVersion.SearchKey), nameof(UnitVersion.ShortName),
            nameof(UnitVersion.Kind), nameof(UnitVersion.ParentId), nameof(UnitVersion.Code),
        };
        var added = new List<UnitVersion>();
        await using var delete = RowStatement<UnitVersion>.Delete(db, key);
        await using var update = RowStatement<UnitVersion>.Update(db, attributes, key);
        foreach (var (original, drafted) in units)
        {
            var before = original.Versions.ToDictionary(v => v.From);
            var after = drafted.Versions.Select(v => v.From).ToHashSet();
            foreach (var gone in original.Versions.Where(v => !after.Contains(v.From)))
            {
                await delete.RunAsync([drafted.Id, gone.From], cancellationToken);
            }

            foreach (var v in drafted.Versions)
            {
                if (!before.TryGetValue(v.From, out var old))
                {
                    added.Add(UnitStorage.ToRow(drafted.Id, v));
                }
                else if (old.To != v.To || old.Name != v.Name || old.ShortName != v.ShortName || old.Kind != v.Kind || old.ParentId != v.ParentId || old.Code != v.Code)
                {
                    await update.RunAsync([v.To, v.Name, v.SearchKey, v.ShortName, v.Kind, v.ParentId, v.Code, drafted.Id, v.From], cancellationToken);
                }
            }
        }

        await BulkInsert.InsertAsync(db, added, cancellationToken);
        return true;
    }

    /// <summary>
    /// Other providers: the stored units are loaded and changed through the change tracker, as
    /// before: PostgreSQL would pay a round trip per row statement, where SaveChanges batches them
    /// (not measured on the benchmark tree yet).
    /// </summary>
    public static async Task<bool> TrackAsync(ChanceryDbContext db, IReadOnlyList<(UnitState Original, UnitState Drafted)> units, CancellationToken cancellationToken)
    {
        var stored = new Dictionary<Guid, Unit>(units.Count);
        foreach (var chunk in units.Select(u => u.Drafted.Id).Chunk(2000))
        {
            foreach (var unit in await db.Units.Include(u => u.Versions).Where(u => chunk.Contains(u.Id)).ToListAsync(cancellationToken))
            {
                stored.Add(unit.Id, unit);
            }
        }

        foreach (var (original, drafted) in units)
        {
            if (!stored.TryGetValue(drafted.Id, out var row) || row.Version != original.Version)
            {
                return false;
            }

            UnitStorage.Apply(row, drafted);
        }

        return true;
    }
}
