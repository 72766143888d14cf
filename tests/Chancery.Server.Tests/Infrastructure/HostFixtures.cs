using Chancery.Core.Storage;

namespace Chancery.Server.Tests.Infrastructure;

/// <summary>One host on a fresh database per test class; the subclasses pick the provider.</summary>
public abstract class HostFixture(DatabaseProvider provider, bool demo = false) : IAsyncLifetime
{
    private TestDatabase? database;

    public ChanceryHost Host { get; private set; } = null!;

    public TestDatabase Database => database!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider);
        Host = await new ChanceryHost(provider, database.ConnectionString, demo).StartAsync();
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}

public sealed class SqliteFixture() : HostFixture(DatabaseProvider.Sqlite);

public sealed class PostgresFixture() : HostFixture(DatabaseProvider.PostgreSql);

public sealed class SqliteDemoFixture() : HostFixture(DatabaseProvider.Sqlite, demo: true);

public sealed class PostgresDemoFixture() : HostFixture(DatabaseProvider.PostgreSql, demo: true);
