using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chancery.Core.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.ToTable("audit_entries");
        entry.HasKey(e => e.Sequence);
        entry.Property(e => e.Sequence).ValueGeneratedNever();
        entry.Property(e => e.ActorKind).HasMaxLength(20).IsRequired();
        entry.Property(e => e.ActorId).HasMaxLength(100).IsRequired();
        entry.Property(e => e.ActorName).HasMaxLength(200).IsRequired();
        entry.Property(e => e.ClientId).HasMaxLength(100);
        entry.Property(e => e.Operation).HasMaxLength(200).IsRequired();
        entry.Property(e => e.EntityKind).HasMaxLength(40).IsRequired();
        entry.Property(e => e.EntityId).HasMaxLength(100).IsRequired();
        entry.Property(e => e.PreviousHash).HasMaxLength(64).IsRequired();
        entry.Property(e => e.Hash).HasMaxLength(64).IsRequired();
        entry.HasIndex(e => new { e.EntityKind, e.EntityId });
        entry.HasIndex(e => e.ActorId);
        entry.HasIndex(e => e.ClientId);
        entry.HasIndex(e => e.RecordedAt);
        entry.HasIndex(e => e.ChangeSequence);
    }
}
