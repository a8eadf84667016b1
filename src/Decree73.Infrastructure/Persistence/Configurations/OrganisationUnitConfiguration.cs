using Decree73.Domain.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Decree73.Infrastructure.Persistence.Configurations;

internal sealed class OrganisationUnitConfiguration : IEntityTypeConfiguration<OrganisationUnit>
{
    public void Configure(EntityTypeBuilder<OrganisationUnit> builder)
    {
        builder.ToTable("Units");
        builder.ConfigureEntityBase();
        builder.Property(u => u.Code).HasMaxLength(20).IsRequired();
        builder.Property(u => u.Name).HasMaxLength(200).IsRequired();
        builder.Property(u => u.Path).HasMaxLength(400).IsRequired();
        builder.Ignore(u => u.Depth);
        builder.HasIndex(u => u.Code).IsUnique();
        builder.HasIndex(u => u.Path);
        builder.HasOne(u => u.Parent).WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(u => u.MonitoredUnit).WithMany().HasForeignKey(u => u.MonitoredUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
