using Chancery.Benchmarks.Delegations;
using Chancery.Benchmarks.Staffing;
using Chancery.Core.Units;
using Chancery.Core.Registry;
using Chancery.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Chancery.Benchmarks.Loading;

/// <summary>
/// A fresh SQLite Chancery database holding a whole hierarchy: the schema by the server's own
/// migrations, then every unit and version through EF Core in one transaction, with one change-log
/// entry naming them all (as one big plan would leave it). Units go in before versions, so that
/// every parent exists when a version names it; then, if given, the staffing (officials, positions,
/// appointments) on the same transaction, and, if given, the delegations over it. The server loads it whole at start, so the change-log
/// entry need not name it.
/// </summary>
public static class DatabaseLoader
{
    private const int Chunk = 10_000;

    public static async Task<(int Units, int Versions)> LoadAsync(string file, IReadOnlyList<UnitState> states, NationalStaffing? staffing, DateTime recordedAt, CancellationToken cancellationToken, NationalDelegations? delegations = null)
    {
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(path);
        }

        var database = new ChanceryDatabase(Options.Create(new DatabaseOptions
        {
            Provider = DatabaseProvider.Sqlite,
            ConnectionString = $"Data Source={file}",
        }));
        await database.MigrateAsync(cancellationToken);

        await using var db = database.CreateContext();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (staffing is not null)
        {
            // a page cache that holds the indexes being filled (random GUID keys) instead of spilling them to the WAL;
            // only with the staffing, so that import-timing's baseline (units alone) stores as it always did
            await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size=-262144;", cancellationToken);
        }
        var rows = states.Select(UnitStorage.ToNew).ToList();
        foreach (var chunk in rows.Chunk(Chunk))
        {
            db.Units.AddRange(chunk.Select(u => new Unit { Id = u.Id, Version = u.Version }));
            await SaveAsync(db, cancellationToken);
        }

        var versions = rows.SelectMany(u => u.Versions).ToList();
        for (var i = 0; i < versions.Count; i++)
        {
            versions[i].Id = i + 1; // given, so that EF Core need not read generated keys back
        }

        foreach (var chunk in versions.Chunk(Chunk))
        {
            db.UnitVersions.AddRange(chunk);
            await SaveAsync(db, cancellationToken);
        }

        db.ChangeLog.Add(new ChangeLogEntry
        {
            Sequence = 1,
            RecordedAt = recordedAt,
            Operation = "bench/load",
            Entities = ChangedEntities.Format(states.Select(s => (ChangedEntities.Unit, s.IdText))),
        });
        await SaveAsync(db, cancellationToken);
        if (staffing is not null)
        {
            await StaffingLoader.InsertAsync(db, staffing, cancellationToken);
            if (delegations is not null)
            {
                await DelegationLoader.InsertAsync(db, delegations, cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return (rows.Count, versions.Count);
    }

    private static async Task SaveAsync(ChanceryDbContext db, CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
