using Decree73.Domain.Organisation;
using Decree73.Domain.People;
using Decree73.Domain.Proposals;
using Decree73.Domain.Violations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Decree73.Infrastructure.Persistence.Configurations;

internal sealed class ViolationRecordConfiguration : IEntityTypeConfiguration<ViolationRecord>
{
    public void Configure(EntityTypeBuilder<ViolationRecord> builder)
    {
        builder.ToTable("ViolationRecords");
        builder.ConfigureEntityBase();
        builder.Ignore(v => v.IsHandled);
        builder.HasOne<Proposal>().WithMany().HasForeignKey(v => v.ProposalId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(v => v.DecidingUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Officer>().WithMany().HasForeignKey(v => v.OfficerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Officer>().WithMany().HasForeignKey(v => v.RecordedByOfficerId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(v => v.Description).HasMaxLength(4000).IsRequired();
        builder.Property(v => v.Handling).HasMaxLength(2000);
        builder.HasIndex(v => new { v.DecidingUnitId, v.HandledOn });
        builder.HasIndex(v => v.ProposalId);
        builder.HasIndex(v => v.OfficerId);
    }
}
