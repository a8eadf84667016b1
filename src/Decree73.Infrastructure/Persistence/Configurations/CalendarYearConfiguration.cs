using Decree73.Domain.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Decree73.Infrastructure.Persistence.Configurations;

internal sealed class CalendarYearConfiguration : IEntityTypeConfiguration<CalendarYear>
{
    public void Configure(EntityTypeBuilder<CalendarYear> builder)
    {
        builder.ToTable("CalendarYears");
        builder.ConfigureEntityBase();
        builder.Property(y => y.Reference).HasMaxLength(200);
        builder.HasIndex(y => y.Year).IsUnique();
        builder.HasData(HolidaySeed.Years);
    }
}
