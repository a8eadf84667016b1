using Decree73.Application.Abstractions;
using Decree73.Application.Common;
using Decree73.Domain.Audit;
using Decree73.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Decree73.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Tells the <see cref="WriteClock"/> about each successful save that changed data, with the user who made it, so
/// that the cached compliance review is recomputed for that user on their next visit (docs/compliance.md,
/// "Freshness"). Notifications (marking read, reminders) and audit rows alone do not count.
/// </summary>
public sealed class WriteClockInterceptor(WriteClock clock, ICurrentUser currentUser) : SaveChangesInterceptor
{
    private bool changing;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        changing = Changes(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        changing = Changes(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Record();
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Record();
        return ValueTask.FromResult(result);
    }

    private void Record()
    {
        if (changing)
        {
            changing = false;
            clock.Written(currentUser.UserId);
        }
    }

    private static bool Changes(DbContext? context) =>
        context is not null && context.ChangeTracker.Entries().Any(e =>
            e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is not (Notification or AuditEntry));
}
