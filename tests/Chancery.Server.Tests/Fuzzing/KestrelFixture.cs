using Chancery.Core.Storage;
using Chancery.Server.Tests.Infrastructure;

namespace Chancery.Server.Tests.Fuzzing;

/// <summary>One <see cref="KestrelHost"/> on a fresh SQLite database per test class.</summary>
public sealed class KestrelFixture : IAsyncLifetime
{
    private TestDatabase? database;

    public KestrelHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        Host = await KestrelHost.StartAsync(DatabaseProvider.Sqlite, database.ConnectionString, CancellationToken.None);
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
