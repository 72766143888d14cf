using Chancery.Core.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chancery.Core.Positions;

internal sealed class AppointmentConfiguration : IEntityTypeConfiguration<Appointment>
{
    public void Configure(EntityTypeBuilder<Appointment> a)
    {
        a.ToTable("appointments");
        a.HasKey(x => x.Id);
        a.Property(x => x.Id).ValueGeneratedNever();
        a.Property(x => x.Version).IsConcurrencyToken();
        a.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        a.Property(x => x.BasisNumber).HasMaxLength(100).IsRequired();
        a.Property(x => x.BasisIssuer).HasMaxLength(200);
        a.Property(x => x.BasisTitle).HasMaxLength(500);
        a.HasIndex(x => x.PositionId);
        a.HasIndex(x => x.OfficialId);
        a.HasOne<Position>().WithMany().HasForeignKey(x => x.PositionId).OnDelete(DeleteBehavior.Restrict);
        a.HasOne<Official>().WithMany().HasForeignKey(x => x.OfficialId).OnDelete(DeleteBehavior.Restrict);
    }
}
