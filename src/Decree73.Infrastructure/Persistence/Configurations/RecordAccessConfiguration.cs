using Decree73.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Decree73.Infrastructure.Persistence.Configurations;

internal sealed class RecordAccessConfiguration : IEntityTypeConfiguration<RecordAccess>
{
    public void Configure(EntityTypeBuilder<RecordAccess> builder)
    {
        builder.ToTable("RecordAccesses");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.UserId).HasMaxLength(RecordAccess.UserIdMaxLength);

        // No foreign keys: the trail of reads outlives the record, the officer and the account.
        // "Who read record X, newest first": the kind, the id, then the (increasing) row id, read backwards.
        builder.HasIndex(a => new { a.Record, a.RecordId, a.Id });
    }
}
