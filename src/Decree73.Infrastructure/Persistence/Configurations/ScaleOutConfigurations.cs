using Decree73.Infrastructure.ScaleOut;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Decree73.Infrastructure.Persistence.Configurations;

internal sealed class LeaseConfiguration : IEntityTypeConfiguration<Lease>
{
    public void Configure(EntityTypeBuilder<Lease> builder)
    {
        builder.ToTable("Leases");
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(Lease.NameMaxLength);
        builder.Property(l => l.Owner).HasMaxLength(Lease.OwnerMaxLength);
    }
}

internal sealed class WriteMarkConfiguration : IEntityTypeConfiguration<WriteMark>
{
    public void Configure(EntityTypeBuilder<WriteMark> builder)
    {
        builder.ToTable("WriteMarks");
        builder.HasKey(m => m.Key);
        builder.Property(m => m.Key).HasMaxLength(WriteMark.KeyMaxLength);
    }
}

internal sealed class SignInCounterConfiguration : IEntityTypeConfiguration<SignInCounter>
{
    public void Configure(EntityTypeBuilder<SignInCounter> builder)
    {
        builder.ToTable("SignInCounters");
        builder.HasKey(c => new { c.Kind, c.Key, c.WindowStartUtc });
        builder.Property(c => c.Kind).HasMaxLength(SignInCounter.KindMaxLength);
        builder.Property(c => c.Key).HasMaxLength(SignInCounter.KeyMaxLength);
        // Pruning the expired rows.
        builder.HasIndex(c => c.ExpiresAtUtc);
    }
}

internal sealed class StoredFileChunkConfiguration : IEntityTypeConfiguration<StoredFileChunk>
{
    public void Configure(EntityTypeBuilder<StoredFileChunk> builder)
    {
        builder.ToTable("StoredFileChunks");
        builder.HasKey(c => new { c.StoredName, c.Sequence });
        builder.Property(c => c.StoredName).HasMaxLength(StoredFileChunk.StoredNameMaxLength);
        // bytea, varbinary(max), BLOB: one chunk of at most 1 MiB.
        builder.Property(c => c.Data).IsRequired();
    }
}
