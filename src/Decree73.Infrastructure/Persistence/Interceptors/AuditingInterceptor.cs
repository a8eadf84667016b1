using Decree73.Application.Abstractions;
using Decree73.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Decree73.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Stamps who and when on every insert and update, and bumps the concurrency version on every update, so no service
/// can forget either.
/// </summary>
public sealed class AuditingInterceptor(TimeProvider time, ICurrentUser currentUser) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private void Stamp(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.Entity is IAuditable audited)
            {
                if (entry.State == EntityState.Added)
                {
                    audited.CreatedAtUtc = now;
                    audited.CreatedBy = currentUser.UserId;
                }
                else if (entry.State == EntityState.Modified)
                {
                    audited.ModifiedAtUtc = now;
                    audited.ModifiedBy = currentUser.UserId;
                }
            }

            if (entry.Entity is IVersioned versioned)
            {
                if (entry.State == EntityState.Added)
                {
                    versioned.Version = 1;
                }
                else if (entry.State == EntityState.Modified)
                {
                    // The original value stays in the WHERE clause; a concurrent save makes it match no row.
                    versioned.Version = entry.Property(nameof(IVersioned.Version)).OriginalValue is int original ? original + 1 : versioned.Version + 1;
                }
            }
        }
    }
}
