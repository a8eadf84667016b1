using Decree73.Application.Common;
using Decree73.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Decree73.Infrastructure.ScaleOut;

/// <summary>
/// The write clock in the database (table WriteMarks, setting Compliance:WriteClock=Database): the row "*" is the
/// generation every instance bumps after a committed save that changed data, and a row per user holds the generation
/// just after that user's last such save. Reading both is one indexed query on two rows, made before each compliance
/// review is served, so a change made through one instance is never hidden from its author by another instance's
/// cache (ADR 0012).
/// </summary>
public sealed class DatabaseWriteClock(AppDbContext db) : IWriteClockReader
{
    public async Task<WriteClockReading> ReadAsync(string? userId, CancellationToken ct = default)
    {
        var key = userId ?? WriteMark.Global;
        var marks = await Marks(db, key).ToListAsync(ct);
        var current = marks.FirstOrDefault(m => m.Key == WriteMark.Global)?.Generation ?? 0;
        var own = userId is null ? 0 : marks.FirstOrDefault(m => m.Key == userId)?.Generation ?? 0;
        return new WriteClockReading(current, own);
    }

    /// <summary>
    /// Counts one committed change, by <paramref name="userId"/> (null: background work), on a DbContext of its own:
    /// the global generation goes up by one atomically, then the user's mark is raised to it (never lowered).
    /// </summary>
    public static async Task WrittenAsync(IServiceScopeFactory scopes, string? userId, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        for (var attempt = 1; ; attempt++)
        {
            var bumped = await BumpAsync(context, ct);
            if (bumped > 0 || await TryInsertAsync(context, WriteMark.Global, 1, ct) || attempt == 3)
            {
                break;
            }
        }

        if (userId is null)
        {
            return;
        }

        // Another save may have bumped in between: the user's mark is then a little later than their own change,
        // which only makes their next review a fresh one.
        var generation = await Generation(context).FirstAsync(ct);
        for (var attempt = 1; ; attempt++)
        {
            var raised = await RaiseAsync(context, userId, generation, ct);
            if (raised > 0 || await TryInsertAsync(context, userId, generation, ct) || attempt == 3)
            {
                return;
            }
        }
    }

    internal sealed record MarkRow(string Key, long Generation);

    /// <summary>The global mark and the user's, in one query.</summary>
    internal static IQueryable<MarkRow> Marks(AppDbContext db, string key) =>
        db.WriteMarks.AsNoTracking().Where(m => m.Key == WriteMark.Global || m.Key == key).Select(m => new MarkRow(m.Key, m.Generation));

    internal static IQueryable<long> Generation(AppDbContext db) =>
        db.WriteMarks.AsNoTracking().Where(m => m.Key == WriteMark.Global).Select(m => m.Generation);

    internal static Task<int> BumpAsync(AppDbContext db, CancellationToken ct) =>
        db.WriteMarks.Where(m => m.Key == WriteMark.Global).ExecuteUpdateAsync(s => s.SetProperty(m => m.Generation, m => m.Generation + 1), ct);

    /// <summary>Raises the user's mark to <paramref name="generation"/>, never lowers it.</summary>
    internal static Task<int> RaiseAsync(AppDbContext db, string userId, long generation, CancellationToken ct) =>
        db.WriteMarks.Where(m => m.Key == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Generation, m => m.Generation < generation ? generation : m.Generation), ct);

    private static async Task<bool> TryInsertAsync(AppDbContext context, string key, long generation, CancellationToken ct)
    {
        context.WriteMarks.Add(new WriteMark(key, generation));
        try
        {
            await context.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // Inserted by another save at the same moment: update it instead.
            context.ChangeTracker.Clear();
            return false;
        }
    }
}
