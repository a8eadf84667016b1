using Decree73.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Decree73.Infrastructure.ScaleOut;

/// <summary>
/// Named leases in the database (table Leases), so that scheduled work runs on one instance at a time however many
/// share the database. Taking a lease is one conditional UPDATE (the row is free, expired or already ours), which the
/// database serialises: of two instances racing, exactly one changes the row. The row is inserted once, by whoever
/// comes first. The holder renews by taking it again before it expires, and releases it on a graceful stop; a holder
/// that dies loses it at expiry. Expiry is compared with this instance's clock: keep the servers' clocks in sync
/// (NTP), a skew only shortens or lengthens a dead holder's lease by that much.
/// </summary>
public sealed class DatabaseLeases(IServiceScopeFactory scopes, InstanceIdentity instance, TimeProvider time)
{
    public string Owner => instance.Id;

    /// <summary>Takes or renews <paramref name="name"/> until now + <paramref name="duration"/>; false when another instance holds it.</summary>
    public async Task<bool> TryAcquireAsync(string name, TimeSpan duration, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var me = instance.Id;
        for (var attempt = 1; ; attempt++)
        {
            var now = time.GetUtcNow().UtcDateTime;
            var expires = now + duration;
            var taken = await TakeAsync(db, name, me, now, expires, ct);
            if (taken > 0)
            {
                return true;
            }

            if (attempt == 3 || await db.Leases.AnyAsync(l => l.Name == name, ct))
            {
                return false;
            }

            // First use of this lease name: insert it free, then take it like anyone else.
            db.Leases.Add(new Lease(name));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>Gives the lease up if this instance holds it, so another may take it at once.</summary>
    public async Task ReleaseAsync(string name, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var me = instance.Id;
        await FreeAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), name, me, ct);
    }

    /// <summary>The holder of <paramref name="name"/> now, or null.</summary>
    public async Task<string?> HolderAsync(string name, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var now = time.GetUtcNow().UtcDateTime;
        return await Holder(scope.ServiceProvider.GetRequiredService<AppDbContext>(), name, now).FirstOrDefaultAsync(ct);
    }

    /// <summary>The atomic take: the row changes only if it is free, expired or already ours.</summary>
    internal static Task<int> TakeAsync(AppDbContext db, string name, string me, DateTime now, DateTime expires, CancellationToken ct) =>
        db.Leases
            .Where(l => l.Name == name && (l.Owner == me || l.Owner == null || l.ExpiresAtUtc <= now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Owner, me).SetProperty(l => l.ExpiresAtUtc, expires), ct);

    internal static Task<int> FreeAsync(AppDbContext db, string name, string me, CancellationToken ct) =>
        db.Leases
            .Where(l => l.Name == name && l.Owner == me)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Owner, (string?)null).SetProperty(l => l.ExpiresAtUtc, DateTime.UnixEpoch), ct);

    internal static IQueryable<string?> Holder(AppDbContext db, string name, DateTime now) =>
        db.Leases.AsNoTracking().Where(l => l.Name == name && l.ExpiresAtUtc > now).Select(l => l.Owner);
}
