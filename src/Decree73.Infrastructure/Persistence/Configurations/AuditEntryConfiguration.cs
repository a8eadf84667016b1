using Decree73.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Decree73.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Action).HasMaxLength(80).IsRequired();
        builder.Property(a => a.Entity).HasMaxLength(80).IsRequired();
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.ClientIp).HasMaxLength(45);
        builder.Property(a => a.PreviousHash).HasMaxLength(64);
        builder.Property(a => a.Hash).HasMaxLength(64).IsRequired();

        // No foreign key to Proposals: the trail outlives a deleted draft, and no cascade may ever delete it.
        // The unique sequence makes two writers racing on one proposal's chain fail instead of forking it.
        builder.HasIndex(a => new { a.ProposalId, a.Sequence }).IsUnique();
    }
}
