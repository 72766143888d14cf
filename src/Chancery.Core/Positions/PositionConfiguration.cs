using Chancery.Core.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chancery.Core.Positions;

internal sealed class PositionConfiguration : IEntityTypeConfiguration<Position>
{
    public void Configure(EntityTypeBuilder<Position> p)
    {
        p.ToTable("positions");
        p.HasKey(x => x.Id);
        p.Property(x => x.Id).ValueGeneratedNever();
        p.Property(x => x.Version).IsConcurrencyToken();
        p.Property(x => x.Title).HasMaxLength(200).IsRequired();
        p.Property(x => x.Role).HasConversion<string>().HasMaxLength(20);
        p.HasIndex(x => x.UnitId);
        p.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
