using Decree73.Domain.Common;
using Decree73.Domain.Organisation;
using Decree73.Domain.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Decree73.Infrastructure.Persistence.Configurations;

internal sealed class ProposalTitleWordConfiguration : IEntityTypeConfiguration<ProposalTitleWord>
{
    public void Configure(EntityTypeBuilder<ProposalTitleWord> builder)
    {
        builder.ToTable("ProposalTitleWords");
        builder.HasKey(w => new { w.ProposalId, w.Word });
        builder.Property(w => w.Word).HasMaxLength(TitleWords.MaxLength).IsRequired();
        builder.HasOne(w => w.Proposal).WithMany().HasForeignKey(w => w.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(w => w.ProvinceId).OnDelete(DeleteBehavior.Restrict);

        // The similar-proposal lookup: an index range per (province, word), covering the proposal id, so the
        // counting of shared words reads the index only.
        builder.HasIndex(w => new { w.ProvinceId, w.Word, w.ProposalId });
        // The list's search: a prefix range on the word, across the provinces the user may see.
        builder.HasIndex(w => new { w.Word, w.ProposalId });
    }
}
