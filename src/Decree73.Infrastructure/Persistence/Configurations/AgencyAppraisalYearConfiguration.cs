using Decree73.Domain.Appraisal;
using Decree73.Domain.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Decree73.Infrastructure.Persistence.Configurations;

internal sealed class AgencyAppraisalYearConfiguration : IEntityTypeConfiguration<AgencyAppraisalYear>
{
    public void Configure(EntityTypeBuilder<AgencyAppraisalYear> builder)
    {
        builder.ToTable("AgencyAppraisalYears");
        builder.ConfigureEntityBase();
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.DecisionReference).HasMaxLength(200);
        builder.HasIndex(a => new { a.UnitId, a.Year }).IsUnique();
    }
}
