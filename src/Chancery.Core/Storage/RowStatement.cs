using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Chancery.Core.Storage;

/// <summary>
/// One UPDATE or DELETE of an entity's table, keyed by some of its properties, prepared once and
/// run row by row on the context's connection and inside its transaction, without the change
/// tracker: the model's table and column names, value conversions and provider types, as
/// <see cref="BulkInsert"/> writes new rows. A failure is a <see cref="DbUpdateException"/>.
/// </summary>
internal sealed class RowStatement<T> : IAsyncDisposable
    where T : class
{
    private readonly DbCommand command;
    private readonly IProperty[] properties;
    private bool prepared;

    private RowStatement(DbCommand command, IProperty[] properties, bool prepare)
    {
        this.command = command;
        this.properties = properties;
        prepared = !prepare;
    }

    /// <summary><c>UPDATE table SET set… WHERE key… </c>; the values of a row are those of <paramref name="set"/> then <paramref name="key"/>.</summary>
    public static RowStatement<T> Update(ChanceryDbContext db, string[] set, string[] key) =>
        Create(db, (table, column) => $"UPDATE {table} SET {Join(set, column, ", ", 0)} WHERE {Join(key, column, " AND ", set.Length)}", [.. set, .. key]);

    /// <summary><c>DELETE FROM table WHERE key…</c>.</summary>
    public static RowStatement<T> Delete(ChanceryDbContext db, string[] key) =>
        Create(db, (table, column) => $"DELETE FROM {table} WHERE {Join(key, column, " AND ", 0)}", key);

    /// <summary>Runs the statement for one row; returns the number of rows it changed.</summary>
    public async Task<int> RunAsync(object?[] values, CancellationToken cancellationToken)
    {
        command.Parameters.Clear();
        for (var i = 0; i < properties.Length; i++)
        {
            var property = properties[i];
            command.Parameters.Add(property.GetRelationalTypeMapping().CreateParameter(command, $"@p{i}", values[i], property.IsNullable));
        }

        try
        {
            if (!prepared)
            {
                // SQLite only: it would otherwise compile the statement at every execution. Npgsql's
                // prepared command, run again with new parameter objects, matched no row in the tests.
                await command.PrepareAsync(cancellationToken);
                prepared = true;
            }

            return await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (DbException e)
        {
            throw new DbUpdateException($"Writing a {typeof(T).Name} row failed: {e.Message}", e);
        }
    }

    public ValueTask DisposeAsync() => command.DisposeAsync();

    private static RowStatement<T> Create(ChanceryDbContext db, Func<string, Func<string, string>, string> text, string[] names)
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var properties = names.Select(n => entity.FindProperty(n) ?? throw new InvalidOperationException($"{typeof(T).Name} has no property {n}.")).ToArray();
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = text(sql.DelimitIdentifier(table.Name, table.Schema), n => sql.DelimitIdentifier(entity.FindProperty(n)!.GetColumnName(table)!));
        return new RowStatement<T>(command, properties, db.Database.IsSqlite());
    }

    private static string Join(string[] names, Func<string, string> column, string separator, int first) =>
        string.Join(separator, names.Select((n, i) => $"{column(n)} = @p{first + i}"));
}
