using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chancery.Core.Units;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> unit)
    {
        unit.ToTable("units");
        unit.HasKey(u => u.Id);
        unit.Property(u => u.Id).ValueGeneratedNever();
        unit.Property(u => u.Version).IsConcurrencyToken();
        unit.HasMany(u => u.Versions).WithOne().HasForeignKey(v => v.UnitId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class UnitVersionConfiguration : IEntityTypeConfiguration<UnitVersion>
{
    public void Configure(EntityTypeBuilder<UnitVersion> version)
    {
        version.ToTable("unit_versions");
        version.HasKey(v => v.Id);
        version.Property(v => v.Name).HasMaxLength(UnitInput.MaxNameLength).IsRequired();
        version.Property(v => v.SearchKey).HasMaxLength(UnitInput.MaxNameLength * 2).IsRequired();
        version.Property(v => v.ShortName).HasMaxLength(UnitInput.MaxShortNameLength);
        version.Property(v => v.Code).HasMaxLength(13);
        version.Property(v => v.Kind).HasConversion<string>().HasMaxLength(40);
        version.HasIndex(v => new { v.UnitId, v.ValidFrom }).IsUnique();
        version.HasIndex(v => v.ParentId);
        version.HasIndex(v => v.Code);
        version.HasOne<Unit>().WithMany().HasForeignKey(v => v.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
