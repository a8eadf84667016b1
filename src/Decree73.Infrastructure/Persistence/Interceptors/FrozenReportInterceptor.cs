using Decree73.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Decree73.Infrastructure.Persistence.Interceptors;

/// <summary>
/// The last line behind the service's refusal: a periodic report that was already submitted when it was loaded
/// (its ORIGINAL status) can be neither modified nor deleted through this context, whatever code tries.
/// </summary>
public sealed class FrozenReportInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private static void Check(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        context.ChangeTracker.DetectChanges();
        foreach (var entry in context.ChangeTracker.Entries<PeriodicReport>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted
                && entry.Property(r => r.Status).OriginalValue == ReportStatus.Submitted)
            {
                throw new FrozenReportException(entry.Entity.Id);
            }
        }
    }
}

public sealed class FrozenReportException(int reportId)
    : InvalidOperationException($"Periodic report {reportId} was submitted and is frozen: it cannot be modified or deleted.")
{
    public int ReportId { get; } = reportId;
}
