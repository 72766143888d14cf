using Chancery.Server.Tests.Infrastructure;

namespace Chancery.Server.Tests.Access;

/// <summary>A host on a fresh database with the matrix's scenario, once per test class.</summary>
public abstract class MatrixFixture(HostFixture host) : IAsyncLifetime
{
    public ChanceryHost Host => host.Host;

    public MatrixScenario Scenario { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        Scenario = await MatrixScenario.CreateAsync(host.Host);
    }

    public Task DisposeAsync() => host.DisposeAsync();
}

public sealed class SqliteMatrixFixture() : MatrixFixture(new SqliteFixture());

public sealed class PostgresMatrixFixture() : MatrixFixture(new PostgresFixture());
