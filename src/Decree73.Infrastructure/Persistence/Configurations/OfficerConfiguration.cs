using Decree73.Domain.People;
using Decree73.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Decree73.Infrastructure.Persistence.Configurations;

internal sealed class OfficerConfiguration : IEntityTypeConfiguration<Officer>
{
    public void Configure(EntityTypeBuilder<Officer> builder)
    {
        builder.ToTable("Officers");
        builder.ConfigureEntityBase();
        builder.Property(o => o.FullName).HasMaxLength(150).IsRequired();
        builder.Property(o => o.SortName).HasMaxLength(150).IsRequired();
        builder.Property(o => o.Ethnicity).HasMaxLength(50).IsRequired();
        builder.Property(o => o.PostTitle).HasMaxLength(150);
        builder.Property(o => o.TaskGroup).HasMaxLength(100);
        builder.HasOne(o => o.Unit).WithMany().HasForeignKey(o => o.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithOne().HasForeignKey<Officer>(o => o.UserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(o => new { o.SortName, o.Id });
        builder.HasIndex(o => new { o.UnitId, o.SortName, o.Id });
    }
}
