using Decree73.Domain.Appraisal;
using Decree73.Domain.Organisation;
using Decree73.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Decree73.Infrastructure.Persistence.Configurations;

internal sealed class AppraisalRecordConfiguration : IEntityTypeConfiguration<AppraisalRecord>
{
    public void Configure(EntityTypeBuilder<AppraisalRecord> builder)
    {
        builder.ToTable("AppraisalRecords");
        builder.ConfigureEntityBase();
        builder.HasOne<Officer>().WithMany().HasForeignKey(a => a.OfficerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Officer>().WithMany().HasForeignKey(a => a.EnteredByOfficerId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Note).HasMaxLength(2000);
        builder.Property(a => a.DecisionReference).HasMaxLength(200);
        builder.Property(a => a.TaskGroup).HasMaxLength(100);
        builder.Property(a => a.Score).HasPrecision(5, 2);

        builder.HasIndex(a => new { a.OfficerId, a.Year }).IsUnique();
        // The quota warning counts grades per unit and year.
        builder.HasIndex(a => new { a.UnitId, a.Year, a.Grade });
    }
}
