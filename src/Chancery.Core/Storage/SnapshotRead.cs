using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Chancery.Core.Storage;

/// <summary>
/// A read-only transaction that sees one committed state, so that the change log and the rows it
/// names are read consistently: a deferred transaction on SQLite (WAL gives it a snapshot),
/// REPEATABLE READ on PostgreSQL (a snapshot there), SERIALIZABLE on SQL Server.
/// </summary>
internal static class SnapshotRead
{
    public static async Task<IAsyncDisposable> BeginAsync(ChanceryDbContext db, DatabaseProvider provider, CancellationToken cancellationToken)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            var transaction = connection.BeginTransaction(deferred: true);
            await db.Database.UseTransactionAsync(transaction, cancellationToken);
            return transaction;
        }

        var level = provider == DatabaseProvider.PostgreSql ? IsolationLevel.RepeatableRead : IsolationLevel.Serializable;
        IDbContextTransaction started = await db.Database.BeginTransactionAsync(level, cancellationToken);
        return started;
    }
}
