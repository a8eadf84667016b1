using Decree73.Domain.People;
using Decree73.Domain.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Decree73.Infrastructure.Persistence.Configurations;

internal sealed class ProposalAttachmentConfiguration : IEntityTypeConfiguration<ProposalAttachment>
{
    public void Configure(EntityTypeBuilder<ProposalAttachment> builder)
    {
        builder.ToTable("ProposalAttachments");
        builder.ConfigureEntityBase();
        builder.Property(a => a.FileName).HasMaxLength(ProposalAttachment.FileNameMaxLength).IsRequired();
        builder.Property(a => a.StoredName).HasMaxLength(100).IsRequired();
        builder.Property(a => a.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(a => a.Sha256).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.HasIndex(a => a.StoredName).IsUnique();
        builder.HasIndex(a => new { a.ProposalId, a.Id });
        builder.HasIndex(a => new { a.Kind, a.OwnerId });

        // The row goes with its proposal; the file is then an orphan in the store, never reachable by a URL.
        builder.HasOne<Proposal>().WithMany().HasForeignKey(a => a.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ProposalDecision>().WithMany().HasForeignKey(a => a.DecisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Officer>().WithMany().HasForeignKey(a => a.UploadedByOfficerId).OnDelete(DeleteBehavior.Restrict);
    }
}
