using Decree73.Domain.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Decree73.Infrastructure.Persistence.Configurations;

internal sealed class ProposalMilestoneConfiguration : IEntityTypeConfiguration<ProposalMilestone>
{
    public void Configure(EntityTypeBuilder<ProposalMilestone> builder)
    {
        builder.ToTable("ProposalMilestones");
        builder.ConfigureEntityBase();
        builder.Property(m => m.Title).HasMaxLength(300).IsRequired();
        builder.HasOne<Proposal>().WithMany(p => p.Milestones).HasForeignKey(m => m.ProposalId).OnDelete(DeleteBehavior.Cascade);
    }
}
