using Decree73.Domain.People;
using Decree73.Domain.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Decree73.Infrastructure.Persistence.Configurations;

internal sealed class ShowcaseEntryConfiguration : IEntityTypeConfiguration<ShowcaseEntry>
{
    public void Configure(EntityTypeBuilder<ShowcaseEntry> builder)
    {
        builder.ToTable("ShowcaseEntries");
        builder.ConfigureEntityBase();
        builder.HasOne<Proposal>().WithMany().HasForeignKey(s => s.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Officer>().WithMany().HasForeignKey(s => s.PublishedByOfficerId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.Summary).HasMaxLength(4000).IsRequired();
        builder.Property(s => s.Results).HasMaxLength(8000).IsRequired();
        builder.Property(s => s.Indicators).HasMaxLength(4000);
        builder.HasIndex(s => s.ProposalId).IsUnique();
        builder.HasIndex(s => new { s.WithdrawnAtUtc, s.Id });
    }
}
