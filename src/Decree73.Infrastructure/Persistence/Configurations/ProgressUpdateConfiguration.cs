using Decree73.Domain.People;
using Decree73.Domain.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Decree73.Infrastructure.Persistence.Configurations;

internal sealed class ProgressUpdateConfiguration : IEntityTypeConfiguration<ProgressUpdate>
{
    public void Configure(EntityTypeBuilder<ProgressUpdate> builder)
    {
        builder.ToTable("ProgressUpdates", t => t.HasCheckConstraint("CK_ProgressUpdates_Percent", "\"Percent\" >= 0 AND \"Percent\" <= 100"));
        builder.ConfigureEntityBase();
        builder.Property(u => u.Text).HasMaxLength(8000);
        builder.HasOne<Proposal>().WithMany(p => p.ProgressUpdates).HasForeignKey(u => u.ProposalId).OnDelete(DeleteBehavior.Cascade);
        // A milestone is only removed while drafting, before any update can point at it.
        builder.HasOne<ProposalMilestone>().WithMany().HasForeignKey(u => u.MilestoneId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Officer>().WithMany().HasForeignKey(u => u.ReportedByOfficerId).OnDelete(DeleteBehavior.Restrict);
    }
}
