using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chancery.Core.Reorganizations;

internal sealed class LineageEventConfiguration : IEntityTypeConfiguration<LineageEvent>
{
    public void Configure(EntityTypeBuilder<LineageEvent> e)
    {
        e.ToTable("lineage_events");
        e.HasKey(x => x.Id);
        e.Property(x => x.Id).ValueGeneratedNever();
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.PlanId).HasMaxLength(100).IsRequired();
        e.Property(x => x.BasisNumber).HasMaxLength(100).IsRequired();
        e.Property(x => x.BasisIssuer).HasMaxLength(200);
        e.Property(x => x.BasisTitle).HasMaxLength(500);
        e.HasIndex(x => x.PlanId);
        e.HasMany(x => x.Links).WithOne().HasForeignKey(l => l.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LineageLinkConfiguration : IEntityTypeConfiguration<LineageLink>
{
    public void Configure(EntityTypeBuilder<LineageLink> l)
    {
        l.ToTable("lineage_links");
        l.HasKey(x => x.Id);
        l.HasIndex(x => x.PredecessorId);
        l.HasIndex(x => x.SuccessorId);
    }
}
