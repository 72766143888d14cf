using Chancery.Core.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chancery.Core.Delegations.Catalogue;

internal sealed class UnitFieldConfiguration : IEntityTypeConfiguration<UnitField>
{
    public void Configure(EntityTypeBuilder<UnitField> f)
    {
        f.ToTable("unit_fields");
        f.HasKey(x => x.Id);
        f.Property(x => x.Id).ValueGeneratedNever();
        f.Property(x => x.Version).IsConcurrencyToken();
        f.Property(x => x.Code).HasMaxLength(FieldInput.MaxCodeLength).IsRequired();
        f.HasIndex(x => new { x.UnitId, x.Code });
        f.HasIndex(x => x.Code);
        f.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        f.HasMany(x => x.Names).WithOne().HasForeignKey(n => n.FieldId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class UnitFieldNameConfiguration : IEntityTypeConfiguration<UnitFieldName>
{
    public void Configure(EntityTypeBuilder<UnitFieldName> n)
    {
        n.ToTable("unit_field_names");
        n.HasKey(x => new { x.FieldId, x.ValidFrom });
        n.Property(x => x.Name).HasMaxLength(FieldInput.MaxNameLength).IsRequired();
        n.Property(x => x.BasisNumber).HasMaxLength(100).IsRequired();
        n.Property(x => x.BasisIssuer).HasMaxLength(200);
        n.Property(x => x.BasisTitle).HasMaxLength(500);
    }
}
