using Decree73.Domain.Encouragement;
using Decree73.Domain.Organisation;
using Decree73.Domain.People;
using Decree73.Domain.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Decree73.Infrastructure.Persistence.Configurations;

internal sealed class EncouragementRecordConfiguration : IEntityTypeConfiguration<EncouragementRecord>
{
    public void Configure(EntityTypeBuilder<EncouragementRecord> builder)
    {
        builder.ToTable("EncouragementRecords");
        builder.ConfigureEntityBase();
        builder.HasOne<Officer>().WithMany().HasForeignKey(e => e.OfficerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Proposal>().WithMany().HasForeignKey(e => e.ProposalId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(e => e.GrantingUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Officer>().WithMany().HasForeignKey(e => e.RecordedByOfficerId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.DecisionNumber).HasMaxLength(60).IsRequired();
        builder.Property(e => e.DecisionSigner).HasMaxLength(200).IsRequired();
        builder.Property(e => e.Notes).HasMaxLength(4000);

        // A measure is granted once per officer and proposal.
        builder.HasIndex(e => new { e.ProposalId, e.OfficerId, e.Measure }).IsUnique();
        builder.HasIndex(e => new { e.OfficerId, e.DecisionSignedOn });
        builder.HasIndex(e => new { e.GrantingUnitId, e.DecisionSignedOn });
        // Measures signed in a period (compliance flag "encouragement for a proposal not completed").
        builder.HasIndex(e => new { e.DecisionSignedOn, e.ProposalId });
    }
}
