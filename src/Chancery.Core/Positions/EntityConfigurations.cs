using Chancery.Core.Hierarchy;
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

internal sealed class OfficialConfiguration : IEntityTypeConfiguration<Official>
{
    public void Configure(EntityTypeBuilder<Official> o)
    {
        o.ToTable("officials");
        o.HasKey(x => x.Id);
        o.Property(x => x.Id).ValueGeneratedNever();
        o.Property(x => x.Version).IsConcurrencyToken();
        o.Property(x => x.FullName).HasMaxLength(200).IsRequired();
        o.Property(x => x.SearchKey).HasMaxLength(400).IsRequired();
        o.Property(x => x.RankCode).HasMaxLength(10);
        o.HasIndex(x => x.SearchKey);
    }
}

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
        a.HasIndex(x => x.PositionId);
        a.HasIndex(x => x.OfficialId);
        a.HasOne<Position>().WithMany().HasForeignKey(x => x.PositionId).OnDelete(DeleteBehavior.Restrict);
        a.HasOne<Official>().WithMany().HasForeignKey(x => x.OfficialId).OnDelete(DeleteBehavior.Restrict);
    }
}
