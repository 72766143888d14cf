using Chancery.Core.Audit;
using Chancery.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Chancery.Server.Admin;

/// <summary>
/// <c>admin backup FILE</c>: SQLite's online backup of the configured database into a new file,
/// consistent while the server keeps serving and writing; the copy's audit chain is verified.
/// <c>admin restore FILE</c>, with the server stopped: the backup is copied aside and its audit
/// chain verified before anything is replaced; a tampered or foreign file is refused and the
/// database stays as it was. PostgreSQL and SQL Server are backed up with their own tools.
/// </summary>
public static class BackupAdmin
{
    public static async Task<int> BackupAsync(IServiceProvider services, string file, CancellationToken cancellationToken)
    {
        var database = services.GetRequiredService<ChanceryDatabase>();
        if (!IsSqlite(database))
        {
            return 2;
        }

        var target = Path.GetFullPath(file);
        if (File.Exists(target))
        {
            Console.Error.WriteLine($"Refused: {target} exists already; back up into a new file.");
            return 1;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await using (var source = new SqliteConnection(database.ConnectionString))
        await using (var copy = new SqliteConnection(Sqlite(target)))
        {
            await source.OpenAsync(cancellationToken);
            await copy.OpenAsync(cancellationToken);
            // One step over every page, in one read transaction: a consistent copy while writers go on (WAL).
            source.BackupDatabase(copy);
            await using var single = copy.CreateCommand();
            single.CommandText = "PRAGMA journal_mode=DELETE;";
            await single.ExecuteNonQueryAsync(cancellationToken);
        }

        var verified = await VerifyFileAsync(target, cancellationToken);
        Console.WriteLine($"Backed up to {target}. {verified.Message}");
        return verified.Intact ? 0 : 1;
    }

    public static async Task<int> RestoreAsync(IServiceProvider services, string file, CancellationToken cancellationToken)
    {
        var database = services.GetRequiredService<ChanceryDatabase>();
        if (!IsSqlite(database))
        {
            return 2;
        }

        var backup = Path.GetFullPath(file);
        if (!File.Exists(backup))
        {
            Console.Error.WriteLine($"Refused: {backup} does not exist.");
            return 1;
        }

        // Verified and restored from a private copy, so the file cannot change between the two.
        var staged = Path.Combine(Path.GetTempPath(), $"chancery-restore-{Guid.NewGuid():N}.db");
        try
        {
            File.Copy(backup, staged);
            var verified = await VerifyFileAsync(staged, cancellationToken);
            if (!verified.Intact)
            {
                Console.Error.WriteLine($"Refused: {backup}: {verified.Message} Nothing was replaced.");
                return 1;
            }

            SqliteConnection.ClearAllPools();
            await using (var source = new SqliteConnection(Sqlite(staged)))
            await using (var current = new SqliteConnection(database.ConnectionString))
            {
                await source.OpenAsync(cancellationToken);
                await current.OpenAsync(cancellationToken);
                source.BackupDatabase(current);
            }

            await database.MigrateAsync(cancellationToken);
            await using var db = database.CreateContext();
            var restored = await AuditVerifier.VerifyAsync(db, cancellationToken);
            Console.WriteLine($"Restored {backup} into {new SqliteConnectionStringBuilder(database.ConnectionString).DataSource}. {restored.Message}");
            return restored.Intact ? 0 : 1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(staged);
        }
    }

    /// <summary>The audit chain of a Chancery SQLite file, verified; not intact when the file is not a Chancery database.</summary>
    private static async Task<AuditVerification> VerifyFileAsync(string file, CancellationToken cancellationToken)
    {
        var database = new ChanceryDatabase(Options.Create(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = Sqlite(file) }));
        try
        {
            await using var db = database.CreateContext();
            var unknown = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Except(db.Database.GetMigrations()).FirstOrDefault();
            if (unknown is not null)
            {
                return new AuditVerification(false, 0, null, "unknown-schema", $"It was written by a newer Chancery (migration {unknown}).");
            }

            return await AuditVerifier.VerifyAsync(db, cancellationToken);
        }
        catch (SqliteException ex)
        {
            return new AuditVerification(false, 0, null, "not-a-database", $"It is not a Chancery database: {ex.Message}");
        }
    }

    private static string Sqlite(string file) => new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString();

    private static bool IsSqlite(ChanceryDatabase database)
    {
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            return true;
        }

        Console.Error.WriteLine($"admin backup and restore are for SQLite; back up {database.Provider} with its own tools (pg_dump and pg_restore for PostgreSQL: see the README).");
        return false;
    }
}
