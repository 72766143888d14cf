using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Chancery.Core.Storage.Providers;

public sealed class SqlServerChanceryDbContext(DbContextOptions<SqlServerChanceryDbContext> options) : ChanceryDbContext(options);

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerChanceryDbContext>
{
    public SqlServerChanceryDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerChanceryDbContext>().UseSqlServer("Server=localhost;Database=chancery;Trusted_Connection=True;TrustServerCertificate=True").Options);
}
