using System.Data.Common;
using Decree73.Application.Abstractions;
using Decree73.Application.Common;
using Decree73.Domain.Audit;
using Decree73.Domain.Notifications;
using Decree73.Infrastructure.ScaleOut;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Decree73.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Tells the write clock about each successful save that changed data, with the user who made it, so that the cached
/// compliance review is recomputed for that user on their next visit (docs/compliance.md, "Freshness"). Notifications
/// (marking read, reminders), audit rows and the bookkeeping rows of several instances (keys, leases, counters, clock
/// marks, file chunks) do not count. The in-process <see cref="WriteClock"/> is told at once; the database's clock
/// (Compliance:WriteClock=Database, ADR 0012) once the change is committed: after the save, or after the commit of
/// the transaction it is part of, so that no transaction ever holds the clock's row.
/// </summary>
public sealed class WriteClockInterceptor(
    WriteClock clock, ICurrentUser currentUser, WriteClockSettings settings, IServiceScopeFactory scopes, ILogger<WriteClockInterceptor> logger)
    : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private bool changing;
    private bool pendingCommit;

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
        RecordAsync(eventData.Context).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await RecordAsync(eventData.Context);
        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => CommittedAsync().GetAwaiter().GetResult();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        CommittedAsync();

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => pendingCommit = false;

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        pendingCommit = false;
        return Task.CompletedTask;
    }

    private async Task RecordAsync(DbContext? context)
    {
        if (!changing)
        {
            return;
        }

        changing = false;
        clock.Written(currentUser.UserId);
        if (!settings.InDatabase)
        {
            return;
        }

        if (context?.Database.CurrentTransaction is not null)
        {
            pendingCommit = true;
            return;
        }

        await BumpAsync();
    }

    private async Task CommittedAsync()
    {
        if (pendingCommit)
        {
            pendingCommit = false;
            await BumpAsync();
        }
    }

    private async Task BumpAsync()
    {
        try
        {
            await DatabaseWriteClock.WrittenAsync(scopes, currentUser.UserId);
        }
        catch (Exception ex) when (ex is DbException or DbUpdateException or InvalidOperationException or TimeoutException)
        {
            // The change itself is committed: the other instances' caches then catch up within Compliance:CacheSeconds.
            logger.LogWarning(ex, "The shared write clock could not be advanced; cached compliance reviews may lag by up to their lifetime");
        }
    }

    private static bool Changes(DbContext? context) =>
        context is not null && context.ChangeTracker.Entries().Any(e =>
            e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
            && e.Entity is not (Notification or AuditEntry or DataProtectionKey or Lease or WriteMark or SignInCounter or StoredFileChunk));
}

/// <summary>Whether the write clock is the database's (setting Compliance:WriteClock, default Auto).</summary>
public sealed record WriteClockSettings(bool InDatabase);
