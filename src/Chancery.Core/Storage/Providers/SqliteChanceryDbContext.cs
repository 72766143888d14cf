using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Chancery.Core.Storage.Providers;

public sealed class SqliteChanceryDbContext(DbContextOptions<SqliteChanceryDbContext> options) : ChanceryDbContext(options);

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteChanceryDbContext>
{
    public SqliteChanceryDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteChanceryDbContext>().UseSqlite(DatabaseOptions.DefaultSqlite).Options);
}
