using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Chancery.Core.Storage.Providers;

public sealed class PostgresChanceryDbContext(DbContextOptions<PostgresChanceryDbContext> options) : ChanceryDbContext(options);

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresChanceryDbContext>
{
    public PostgresChanceryDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresChanceryDbContext>().UseNpgsql("Host=localhost;Database=chancery").Options);
}
