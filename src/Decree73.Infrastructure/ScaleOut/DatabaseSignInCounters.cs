using Decree73.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Decree73.Infrastructure.ScaleOut;

/// <summary>
/// Sign-in counters in the database (table SignInCounters, setting SignIn:Store=Database), so that the limits and the
/// progressive delays hold across instances: a guesser spreading attempts over several instances meets one budget.
/// Each count is an atomic UPDATE … SET Count = Count + 1 on the (kind, key, window start) row, the row inserted by
/// whoever comes first; expired rows are pruned every few minutes by whichever instance counts.
/// </summary>
public sealed class DatabaseSignInCounters(IServiceScopeFactory scopes, TimeProvider time)
{
    public const string FailureKind = "failures";

    /// <summary>How long a name's consecutive failures are remembered after the last one.</summary>
    public static readonly TimeSpan FailureMemory = TimeSpan.FromHours(1);

    private static readonly TimeSpan PruneEvery = TimeSpan.FromMinutes(5);
    private static readonly DateTime FailureWindow = DateTime.UnixEpoch;
    private long nextPrune;

    /// <summary>Counts one attempt in the current fixed window; returns the attempts counted there so far and the window's end.</summary>
    public async Task<(int Count, DateTimeOffset WindowEnd)> HitAsync(string kind, string key, TimeSpan window, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var start = new DateTime(now.Ticks - now.Ticks % window.Ticks, DateTimeKind.Utc);
        var count = await IncrementAsync(kind, key, start, start + window, ct);
        return (count, new DateTimeOffset(start + window));
    }

    public async Task<int> FailuresAsync(string key, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        return await LiveCount(db, FailureKind, key, FailureWindow, now).FirstOrDefaultAsync(ct);
    }

    /// <summary>Counts a failure; returns the consecutive failures on that name.</summary>
    public Task<int> RecordFailureAsync(string key, CancellationToken ct = default) =>
        IncrementAsync(FailureKind, key, FailureWindow, time.GetUtcNow().UtcDateTime + FailureMemory, ct);

    public async Task ClearFailuresAsync(string key, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        await ClearAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), FailureKind, key, FailureWindow, ct);
    }

    private async Task<int> IncrementAsync(string kind, string key, DateTime windowStart, DateTime expires, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await PruneAsync(db, ct);
        var now = time.GetUtcNow().UtcDateTime;
        for (var attempt = 1; ; attempt++)
        {
            // An expired failure row starts again from one.
            var updated = await CountOneAsync(db, kind, key, windowStart, now, expires, ct);
            if (updated > 0)
            {
                return await Count(db, kind, key, windowStart).FirstOrDefaultAsync(ct);
            }

            db.SignInCounters.Add(new SignInCounter(kind, key, windowStart, expires));
            try
            {
                await db.SaveChangesAsync(ct);
                return 1;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Another instance inserted the row first: count on it.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task PruneAsync(AppDbContext db, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var due = Interlocked.Read(ref nextPrune);
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref nextPrune, (now + PruneEvery).UtcTicks, due) != due)
        {
            return;
        }

        var utcNow = now.UtcDateTime;
        await PruneExpiredAsync(db, utcNow, ct);
    }

    private static IQueryable<SignInCounter> Row(AppDbContext db, string kind, string key, DateTime windowStart) =>
        db.SignInCounters.Where(c => c.Kind == kind && c.Key == key && c.WindowStartUtc == windowStart);

    internal static IQueryable<int> Count(AppDbContext db, string kind, string key, DateTime windowStart) =>
        Row(db, kind, key, windowStart).AsNoTracking().Select(c => c.Count);

    internal static IQueryable<int> LiveCount(AppDbContext db, string kind, string key, DateTime windowStart, DateTime now) =>
        Row(db, kind, key, windowStart).AsNoTracking().Where(c => c.ExpiresAtUtc > now).Select(c => c.Count);

    /// <summary>One more in the window, atomically; an expired row starts again from one.</summary>
    internal static Task<int> CountOneAsync(AppDbContext db, string kind, string key, DateTime windowStart, DateTime now, DateTime expires, CancellationToken ct) =>
        Row(db, kind, key, windowStart).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.Count, c => c.ExpiresAtUtc > now ? c.Count + 1 : 1)
            .SetProperty(c => c.ExpiresAtUtc, expires), ct);

    internal static Task<int> ClearAsync(AppDbContext db, string kind, string key, DateTime windowStart, CancellationToken ct) =>
        Row(db, kind, key, windowStart).ExecuteDeleteAsync(ct);

    internal static Task<int> PruneExpiredAsync(AppDbContext db, DateTime utcNow, CancellationToken ct) =>
        db.SignInCounters.Where(c => c.ExpiresAtUtc < utcNow).ExecuteDeleteAsync(ct);
}
