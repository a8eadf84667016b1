using Decree73.Domain.Organisation;
using Decree73.Domain.People;
using Decree73.Domain.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Decree73.Infrastructure.Persistence.Configurations;

internal sealed class OpinionRequestConfiguration : IEntityTypeConfiguration<OpinionRequest>
{
    public void Configure(EntityTypeBuilder<OpinionRequest> builder)
    {
        builder.ToTable("OpinionRequests");
        builder.ConfigureEntityBase();
        builder.Property(r => r.Addressee).HasMaxLength(300).IsRequired();
        builder.Property(r => r.Response).HasMaxLength(8000);
        builder.HasOne<Proposal>().WithMany(p => p.OpinionRequests).HasForeignKey(r => r.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(r => r.AddresseeUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Officer>().WithMany().HasForeignKey(r => r.RequestedByOfficerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Officer>().WithMany().HasForeignKey(r => r.RecordedByOfficerId).OnDelete(DeleteBehavior.Restrict);
        // Overdue lists: unanswered requests by due date.
        builder.HasIndex(r => new { r.ProposalId, r.DueOn });
        // The reminder pass: unanswered requests past their due date, across all proposals.
        builder.HasIndex(r => new { r.RespondedAtUtc, r.DueOn });
    }
}
