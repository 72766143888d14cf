using Chancery.Core.Access;
using Chancery.Core.Audit;
using Chancery.Core.Units;
using Chancery.Core.Positions;
using Chancery.Core.Registry;
using Chancery.Core.Reorganizations;
using Microsoft.EntityFrameworkCore;

namespace Chancery.Core.Storage;

/// <summary>
/// Chancery's database. One small subclass per provider (in <c>Providers/</c>) gives each its
/// own migrations; the model is the same for all.
/// </summary>
public abstract class ChanceryDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<UnitVersion> UnitVersions => Set<UnitVersion>();

    public DbSet<ChangeLogEntry> ChangeLog => Set<ChangeLogEntry>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<User> Users => Set<User>();

    public DbSet<RoleGrant> RoleGrants => Set<RoleGrant>();

    public DbSet<LineageEvent> LineageEvents => Set<LineageEvent>();

    public DbSet<LineageLink> LineageLinks => Set<LineageLink>();

    public DbSet<StoredPlan> Plans => Set<StoredPlan>();

    public DbSet<Position> Positions => Set<Position>();

    public DbSet<Appointment> Appointments => Set<Appointment>();

    public DbSet<Official> Officials => Set<Official>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ChanceryDbContext).Assembly);
        modelBuilder.UseOpenIddict();
        SnakeCaseNames.Apply(modelBuilder);
    }
}
