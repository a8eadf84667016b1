using Decree73.Domain.Common;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Decree73.Infrastructure.Persistence.Configurations;

internal static class EntityConfigurationExtensions
{
    /// <summary>Audit columns and the app-managed concurrency version shared by every mutable entity.</summary>
    public static void ConfigureEntityBase<T>(this EntityTypeBuilder<T> builder) where T : Entity
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.CreatedBy).HasMaxLength(450);
        builder.Property(e => e.ModifiedBy).HasMaxLength(450);
        builder.Property(e => e.Version).IsConcurrencyToken();
    }
}
