using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chancery.Core.Access;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> user)
    {
        user.ToTable("users");
        user.HasKey(u => u.Id);
        user.Property(u => u.Id).ValueGeneratedNever();
        user.Property(u => u.UserName).HasMaxLength(100).IsRequired();
        user.HasIndex(u => u.UserName).IsUnique();
        user.Property(u => u.DisplayName).HasMaxLength(200).IsRequired();
        user.Property(u => u.PasswordHash).HasMaxLength(300).IsRequired();
        user.Property(u => u.Version).IsConcurrencyToken();
    }
}

internal sealed class RoleGrantConfiguration : IEntityTypeConfiguration<RoleGrant>
{
    public void Configure(EntityTypeBuilder<RoleGrant> grant)
    {
        grant.ToTable("role_grants");
        grant.HasKey(g => g.Id);
        grant.Property(g => g.Id).ValueGeneratedNever();
        grant.Property(g => g.PrincipalKind).HasConversion<string>().HasMaxLength(20);
        grant.Property(g => g.PrincipalId).HasMaxLength(100).IsRequired();
        grant.Property(g => g.Role).HasConversion<string>().HasMaxLength(40);
        grant.Property(g => g.GrantedBy).HasMaxLength(200).IsRequired();
        grant.Property(g => g.RevokedBy).HasMaxLength(200);
        grant.HasIndex(g => new { g.PrincipalKind, g.PrincipalId });
    }
}
