using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chancery.Core.Reorganizations;

/// <summary>An applied plan: kept so that applying it again changes nothing and answers the same.</summary>
public sealed class StoredPlan
{
    public required string Id { get; set; }

    /// <summary>SHA-256 of the plan as applied; the same id with other content is refused.</summary>
    public required string ContentHash { get; set; }

    public DateOnly EffectiveDate { get; set; }

    public required string BasisNumber { get; set; }

    public string? Description { get; set; }

    /// <summary>The plan, as JSON.</summary>
    public required string Content { get; set; }

    /// <summary>What applying it changed (counts and changes), as JSON.</summary>
    public required string Result { get; set; }

    public DateTime AppliedAt { get; set; }

    public required string AppliedBy { get; set; }
}

internal sealed class StoredPlanConfiguration : IEntityTypeConfiguration<StoredPlan>
{
    public void Configure(EntityTypeBuilder<StoredPlan> p)
    {
        p.ToTable("reorganization_plans");
        p.HasKey(x => x.Id);
        p.Property(x => x.Id).HasMaxLength(100);
        p.Property(x => x.ContentHash).HasMaxLength(64).IsRequired();
        p.Property(x => x.BasisNumber).HasMaxLength(100).IsRequired();
        p.Property(x => x.Description).HasMaxLength(2000);
        p.Property(x => x.Content).IsRequired();
        p.Property(x => x.Result).IsRequired();
        p.Property(x => x.AppliedBy).HasMaxLength(200).IsRequired();
    }
}
