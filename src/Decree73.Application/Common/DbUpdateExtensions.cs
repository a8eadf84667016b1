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
    }
}
