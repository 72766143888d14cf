using Chancery.Core.Positions;
using Chancery.Core.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chancery.Core.Delegations;

internal sealed class DelegationConfiguration : IEntityTypeConfiguration<Delegation>
{
    public void Configure(EntityTypeBuilder<Delegation> d)
    {
        d.ToTable("delegations");
        d.HasKey(x => x.Id);
        d.Property(x => x.Id).ValueGeneratedNever();
        d.Property(x => x.Version).IsConcurrencyToken();
        d.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        d.Property(x => x.Fields).HasMaxLength(2000).IsRequired();
        d.Property(x => x.SupervisedUnits).HasMaxLength(4000).IsRequired();
        d.Property(x => x.DocumentKinds).HasMaxLength(4000).IsRequired();
        d.Property(x => x.Scope).HasMaxLength(2000);
        d.Property(x => x.OverlapReason).HasMaxLength(2000);
        d.Property(x => x.BasisNumber).HasMaxLength(100).IsRequired();
        d.Property(x => x.BasisIssuer).HasMaxLength(200);
        d.Property(x => x.BasisTitle).HasMaxLength(500);
        d.HasIndex(x => x.UnitId);
        d.HasIndex(x => x.DelegatorAppointmentId);
        d.HasIndex(x => x.DelegateAppointmentId);
        d.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        d.HasOne<Appointment>().WithMany().HasForeignKey(x => x.DelegatorAppointmentId).OnDelete(DeleteBehavior.Restrict);
        d.HasOne<Appointment>().WithMany().HasForeignKey(x => x.DelegateAppointmentId).OnDelete(DeleteBehavior.Restrict);
        d.HasOne<Delegation>().WithMany().HasForeignKey(x => x.PassedFromId).OnDelete(DeleteBehavior.Restrict);
    }
}
