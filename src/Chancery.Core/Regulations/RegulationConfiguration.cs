using Chancery.Core.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chancery.Core.Regulations;

internal sealed class RegulationConfiguration : IEntityTypeConfiguration<Regulation>
{
    public void Configure(EntityTypeBuilder<Regulation> r)
    {
        r.ToTable("regulations");
        r.HasKey(x => x.Id);
        r.Property(x => x.Id).ValueGeneratedNever();
        r.Property(x => x.Version).IsConcurrencyToken();
        r.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        r.Property(x => x.Identifier).HasMaxLength(200).IsRequired();
        r.Property(x => x.Title).HasMaxLength(500).IsRequired();
        r.Property(x => x.RepealDecision).HasMaxLength(4000);
        r.HasIndex(x => x.Identifier).IsUnique();
        r.HasIndex(x => x.UnitId);
        r.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        r.HasOne<Regulation>().WithMany().HasForeignKey(x => x.ReplacesId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RegulationVersionConfiguration : IEntityTypeConfiguration<RegulationVersion>
{
    public void Configure(EntityTypeBuilder<RegulationVersion> v)
    {
        v.ToTable("regulation_versions");
        v.HasKey(x => x.Id);
        v.Property(x => x.Id).ValueGeneratedNever();
        v.Property(x => x.Version).IsConcurrencyToken();
        v.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        v.Property(x => x.Title).HasMaxLength(500);
        v.Property(x => x.Operations).IsRequired();
        v.Property(x => x.Body).IsRequired();
        v.Property(x => x.Decision).HasMaxLength(4000);
        v.Property(x => x.DecisionNumber).HasMaxLength(100);
        v.HasIndex(x => new { x.RegulationId, x.Number }).IsUnique();
        v.HasOne<Regulation>().WithMany().HasForeignKey(x => x.RegulationId).OnDelete(DeleteBehavior.Restrict);
        v.HasOne<RegulationVersion>().WithMany().HasForeignKey(x => x.AmendsId).OnDelete(DeleteBehavior.Restrict);
    }
}
