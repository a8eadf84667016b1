using Decree73.Application.Abstractions;
using Decree73.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Decree73.Application.Common;

public static class DbUpdateExtensions
{
    /// <summary>
    /// Saves with optimistic concurrency: <paramref name="expectedVersion"/> is the version the user's form was
    /// built from. If someone saved in between, nothing is written and the caller gets a conflict.
    /// </summary>
    public static async Task<OperationResult> SaveVersionedAsync<T>(
        this IAppDbContext db, T entity, int expectedVersion, CancellationToken ct)
        where T : class, IVersioned
    {
        if (entity.Version != expectedVersion)
        {
            return OperationResult.Conflict();
        }

        db.Entry(entity).Property(e => e.Version).OriginalValue = expectedVersion;
        try
        {
            await db.SaveChangesAsync(ct);
            return OperationResult.Ok();
        }
        catch (DbUpdateConcurrencyException)
        {
            return OperationResult.Conflict();
        }
        catch (DbUpdateException)
        {
            // A row added with the change (a notification, a decision) met the unique key of the same row added by a
            // concurrent winner before the stale version was even checked: the user acted on an outdated page.
            if (await ChangedMeanwhileAsync(db, entity, expectedVersion, ct))
            {
                return OperationResult.Conflict();
            }

            throw;
        }
    }

    /// <summary>
    /// Whether the entity's stored version is no longer the one the form was built from (or the row is gone). Only
    /// outside an explicit transaction: inside one, PostgreSQL refuses every command after the failed one, and the caller
    /// that opened the transaction handles the collision.
    /// </summary>
    private static async Task<bool> ChangedMeanwhileAsync<T>(IAppDbContext db, T entity, int expectedVersion, CancellationToken ct)
        where T : class, IVersioned
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return false;
        }

        try
        {
            var stored = await db.Entry(entity).GetDatabaseValuesAsync(ct);
            return stored is null || stored.GetValue<int>(nameof(IVersioned.Version)) != expectedVersion;
        }
        catch (System.Data.Common.DbException)
        {
            return false;
        }
    }
}
