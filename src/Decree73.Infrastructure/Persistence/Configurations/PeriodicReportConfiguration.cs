using Decree73.Domain.Organisation;
using Decree73.Domain.People;
using Decree73.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Decree73.Infrastructure.Persistence.Configurations;

internal sealed class PeriodicReportConfiguration : IEntityTypeConfiguration<PeriodicReport>
{
    private const int Narrative = 16000;

    public void Configure(EntityTypeBuilder<PeriodicReport> builder)
    {
        builder.ToTable("PeriodicReports");
        builder.ConfigureEntityBase();
        builder.Ignore(r => r.Period);
        builder.Ignore(r => r.IsFrozen);
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Officer>().WithMany().HasForeignKey(r => r.SubmittedByOfficerId).OnDelete(DeleteBehavior.Restrict);
        foreach (var text in new[]
                 {
                     nameof(PeriodicReport.ImplementationWork), nameof(PeriodicReport.EncouragementText), nameof(PeriodicReport.ProtectionText),
                     nameof(PeriodicReport.Strengths), nameof(PeriodicReport.Difficulties), nameof(PeriodicReport.Recommendations),
                     nameof(PeriodicReport.InnovationAreasText),
                 })
        {
            builder.Property<string?>(text).HasMaxLength(Narrative);
        }

        builder.Property(r => r.DocumentNumber).HasMaxLength(60);
        builder.Property(r => r.Place).HasMaxLength(100);
        builder.Property(r => r.Recipients).HasMaxLength(2000);
        builder.Property(r => r.SignerAuthority).HasMaxLength(200);
        builder.Property(r => r.SignerCapacity).HasMaxLength(200);
        builder.Property(r => r.SignerName).HasMaxLength(200);
        // Unbounded: the frozen figures with every breakdown (nvarchar(max), text, TEXT).
        builder.Property(r => r.FrozenFiguresJson);

        builder.HasIndex(r => new { r.UnitId, r.PeriodKind, r.Year, r.PeriodNumber }).IsUnique();
        // The superior's inbox: submitted reports by period.
        builder.HasIndex(r => new { r.Status, r.Year, r.PeriodKind, r.PeriodNumber });
    }
}
