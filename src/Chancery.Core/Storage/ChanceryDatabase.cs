using Chancery.Core.Storage.Providers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Chancery.Core.Storage;

/// <summary>Makes contexts for the configured provider; one instance per process.</summary>
public sealed class ChanceryDatabase
{
    private readonly Func<ChanceryDbContext> create;

    public ChanceryDatabase(IOptions<DatabaseOptions> options)
    {
        Options = options.Value;
        ConnectionString = Options.ConnectionString is { Length: > 0 } cs ? cs : DatabaseOptions.DefaultSqlite;
        create = Options.Provider switch
        {
            DatabaseProvider.Sqlite => Build<SqliteChanceryDbContext>(b => b.UseSqlite(PrepareSqlite(ConnectionString)).AddInterceptors(new SqlitePragmas()), o => new(o)),
            DatabaseProvider.PostgreSql => Build<PostgresChanceryDbContext>(b => b.UseNpgsql(ConnectionString), o => new(o)),
            DatabaseProvider.SqlServer => Build<SqlServerChanceryDbContext>(b => b.UseSqlServer(ConnectionString), o => new(o)),
            _ => throw new InvalidOperationException($"Unknown database provider {Options.Provider}."),
        };
    }

    public DatabaseOptions Options { get; }

    public string ConnectionString { get; }

    public DatabaseProvider Provider => Options.Provider;

    public ChanceryDbContext CreateContext() => create();

    /// <summary>Creates or upgrades the schema; on SQLite also switches the file to WAL.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = CreateContext();
        await db.Database.MigrateAsync(cancellationToken);
        if (Provider == DatabaseProvider.Sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    private static Func<ChanceryDbContext> Build<TContext>(Action<DbContextOptionsBuilder<TContext>> configure, Func<DbContextOptions<TContext>, TContext> factory)
        where TContext : ChanceryDbContext
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        configure(builder);
        var options = builder.Options;
        return () => factory(options);
    }

    /// <summary>Makes the folder of a SQLite file and gives writers a generous busy timeout.</summary>
    private static string PrepareSqlite(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is { Length: > 0 } file && file != ":memory:" && Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        if (builder.DefaultTimeout == 30)
        {
            builder.DefaultTimeout = 60;
        }

        return builder.ToString();
    }
}
