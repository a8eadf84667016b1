using Decree73.Domain.People;
using Decree73.Domain.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Decree73.Infrastructure.Persistence.Configurations;

internal sealed class ProposalImplementerConfiguration : IEntityTypeConfiguration<ProposalImplementer>
{
    public void Configure(EntityTypeBuilder<ProposalImplementer> builder)
    {
        builder.ToTable("ProposalImplementers");
        builder.ConfigureEntityBase();
        builder.HasOne<Proposal>().WithMany(p => p.AssignedImplementers).HasForeignKey(i => i.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Officer>().WithMany().HasForeignKey(i => i.OfficerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.ProposalId, i.OfficerId }).IsUnique();
        // "Which proposals do I implement?" for the access check.
        builder.HasIndex(i => new { i.OfficerId, i.ProposalId });
    }
}
