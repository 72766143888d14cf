namespace Chancery.Core.Storage;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
    SqlServer,
}

/// <summary>Configuration section <c>Chancery:Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Chancery:Database";

    public const string DefaultSqlite = "Data Source=data/chancery.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Falls back to <c>ConnectionStrings:Chancery</c>, then to a SQLite file under <c>data/</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations at start (the default on every provider).</summary>
    public bool MigrateOnStart { get; set; } = true;
}
