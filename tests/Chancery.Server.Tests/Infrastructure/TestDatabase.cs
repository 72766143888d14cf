using Chancery.Core.Storage;
using Npgsql;

namespace Chancery.Server.Tests.Infrastructure;

/// <summary>
/// A fresh, real database for one fixture: a SQLite file under the temp folder, or a new database
/// on the PostgreSQL server that the test command starts (CHANCERY_TEST_POSTGRES, default
/// 127.0.0.1:5433). Dropped afterwards.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "CHANCERY_TEST_POSTGRES";
    private const string DefaultPostgres = "Host=127.0.0.1;Port=5433;Username=postgres;Password=postgres";

    private TestDatabase(DatabaseProvider provider, string connectionString, Func<Task> drop)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.drop = drop;
    }

    private readonly Func<Task> drop;

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                var folder = Path.Combine(Path.GetTempPath(), "chancery-tests");
                Directory.CreateDirectory(folder);
                var file = Path.Combine(folder, $"{Guid.NewGuid():N}.db");
                return new TestDatabase(provider, $"Data Source={file}", () =>
                {
                    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                    foreach (var path in new[] { file, file + "-wal", file + "-shm" })
                    {
                        File.Delete(path);
                    }

                    return Task.CompletedTask;
                });
            case DatabaseProvider.PostgreSql:
                var server = Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } cs ? cs : DefaultPostgres;
                var name = $"chancery_test_{Guid.NewGuid():N}";
                await ExecuteAsync(server, $"CREATE DATABASE {name}");
                var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
                return new TestDatabase(provider, builder.ToString(), async () =>
                {
                    NpgsqlConnection.ClearAllPools();
                    await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
                });
            default:
                throw new NotSupportedException($"No test database for {provider}: no engine runs here.");
        }
    }

    public async ValueTask DisposeAsync() => await drop();

    private static async Task ExecuteAsync(string server, string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false };
        try
        {
            await using var connection = new NpgsqlConnection(builder.ToString());
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
        catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException)
        {
            throw new InvalidOperationException(
                $"The PostgreSQL tests need the server that ./test.sh starts ({builder.Host}:{builder.Port}); set {PostgresVariable} to use another.", ex);
        }
    }
}
