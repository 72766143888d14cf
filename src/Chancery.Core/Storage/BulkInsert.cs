using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Chancery.Core.Storage;

/// <summary>
/// Inserts many new rows of one entity type with multi-row INSERT statements, on the context's
/// connection and inside its transaction, without the change tracker: the rows EF Core would write
/// (the model's table and column names, value conversions and provider types, store-generated
/// keys left to the database), without tracking hundreds of thousands of entities. A failure is
/// a <see cref="DbUpdateException"/>, as SaveChanges would report it.
/// </summary>
internal static class BulkInsert
{
    /// <summary>
    /// Parameters per statement. SQLite binds each parameter by looking its name up among the
    /// statement's, so the cost of a statement grows with the square of its parameters: a few
    /// rows a statement. PostgreSQL pays a round trip per statement instead: many rows (well under
    /// its limit of 65,535 parameters).
    /// </summary>
    private const int SqliteParameters = 120;

    private const int OtherParameters = 2000;

    public static async Task InsertAsync<T>(ChanceryDbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties()
            .Where(p => !p.ValueGenerated.HasFlag(ValueGenerated.OnAdd))
            .Select(p => new Column(p, p.GetColumnName(table)!, p.GetRelationalTypeMapping(),
                p.PropertyInfo ?? throw new InvalidOperationException($"{typeof(T).Name}.{p.Name} has no CLR property.")))
            .ToArray();
        var sql = db.GetService<ISqlGenerationHelper>();
        var prefix = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))}) VALUES ";
        var perStatement = Math.Max(1, (db.Database.IsSqlite() ? SqliteParameters : OtherParameters) / columns.Length);
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        try
        {
            for (var start = 0; start < rows.Count; start += perStatement)
            {
                var count = Math.Min(perStatement, rows.Count - start);
                var text = Statement(prefix, columns.Length, count);
                var prepare = text != command.CommandText;
                command.CommandText = text;
                command.Parameters.Clear();
                for (var i = 0; i < count; i++)
                {
                    var row = rows[start + i];
                    for (var c = 0; c < columns.Length; c++)
                    {
                        var column = columns[c];
                        command.Parameters.Add(column.Mapping.CreateParameter(command, $"@p{i * columns.Length + c}", column.Clr.GetValue(row), column.Property.IsNullable));
                    }
                }

                if (prepare)
                {
                    // once per statement text: SQLite would otherwise compile the statement at every execution
                    await command.PrepareAsync(cancellationToken);
                }

                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        catch (DbException e)
        {
            throw new DbUpdateException($"Inserting {rows.Count} {typeof(T).Name} rows failed: {e.Message}", e);
        }
    }

    private static string Statement(string prefix, int columns, int rows)
    {
        var builder = new StringBuilder(prefix, prefix.Length + rows * columns * 7);
        for (var i = 0; i < rows; i++)
        {
            builder.Append(i == 0 ? "(" : ", (");
            for (var c = 0; c < columns; c++)
            {
                builder.Append(c == 0 ? "@p" : ", @p").Append(i * columns + c);
            }

            builder.Append(')');
        }

        return builder.ToString();
    }

    private sealed record Column(IProperty Property, string Name, RelationalTypeMapping Mapping, System.Reflection.PropertyInfo Clr);
}
