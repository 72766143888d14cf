using Chancery.Core.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chancery.Core.Positions;

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
