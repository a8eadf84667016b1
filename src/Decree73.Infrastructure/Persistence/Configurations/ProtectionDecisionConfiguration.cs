using Decree73.Domain.Organisation;
using Decree73.Domain.People;
using Decree73.Domain.Proposals;
using Decree73.Domain.Protection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Decree73.Infrastructure.Persistence.Configurations;

internal sealed class ProtectionDecisionConfiguration : IEntityTypeConfiguration<ProtectionDecision>
{
    public void Configure(EntityTypeBuilder<ProtectionDecision> builder)
    {
        builder.ToTable("ProtectionDecisions");
        builder.ConfigureEntityBase();
        builder.HasOne<Officer>().WithMany().HasForeignKey(p => p.OfficerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Proposal>().WithMany().HasForeignKey(p => p.ProposalId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ProposalDecision>().WithMany().HasForeignKey(p => p.EvaluationDecisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(p => p.DecidingUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Officer>().WithMany().HasForeignKey(p => p.DecidedByOfficerId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.DamageDescription).HasMaxLength(4000);
        builder.Property(p => p.DamageAmountVnd).HasPrecision(18, 0);
        builder.Property(p => p.DisciplineDecreeNumber).HasMaxLength(40).IsRequired();
        builder.Property(p => p.LegalBasis).HasMaxLength(400).IsRequired();
        builder.Property(p => p.DecisionNumber).HasMaxLength(60).IsRequired();
        builder.Property(p => p.DecisionSigner).HasMaxLength(200).IsRequired();
        builder.Property(p => p.DisciplineCaseReference).HasMaxLength(200);
        builder.Property(p => p.Notes).HasMaxLength(4000);
        builder.Property(p => p.SignedFileName).HasMaxLength(ProposalAttachment.FileNameMaxLength);
        builder.Property(p => p.SignedFileStoredName).HasMaxLength(200);
        builder.Property(p => p.SignedFileContentType).HasMaxLength(100);
        builder.Property(p => p.SignedFileSha256).HasMaxLength(64);

        // One record per officer per proposal; the officer page and the per-unit lists read by officer and by unit.
        builder.HasIndex(p => new { p.ProposalId, p.OfficerId }).IsUnique();
        builder.HasIndex(p => new { p.OfficerId, p.Id });
        builder.HasIndex(p => new { p.DecidingUnitId, p.Id });
    }
}
