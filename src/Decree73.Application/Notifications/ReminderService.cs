using Decree73.Application.Abstractions;
using Decree73.Application.Common;
using Decree73.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Decree73.Application.Notifications;

/// <summary>
/// Asks every <see cref="IReminderSource"/> what is due today and stores what is new. A reminder already stored
/// (by an earlier pass, before a restart, or by another instance a moment ago) is skipped: first by a lookup, and
/// in a race by the unique index on the dedupe key, whose violation is caught and ignored.
/// </summary>
public sealed class ReminderService(
    IAppDbContext db, IEnumerable<IReminderSource> sources, TimeProvider time, ILogger<ReminderService> logger)
{
    /// <summary>Returns how many reminders were stored.</summary>
    public async Task<int> CreateDueRemindersAsync(CancellationToken ct = default)
    {
        var today = VietnamTime.Today(time);
        var created = 0;
        foreach (var source in sources)
        {
            var candidates = await source.DueRemindersAsync(today, ct);
            var keys = candidates.Select(c => c.DedupeKey).ToList();
            var existing = new HashSet<string>(keys.Count == 0 ? [] : await db.Notifications.AsNoTracking()
                .Where(n => keys.Contains(n.DedupeKey)).Select(n => n.DedupeKey).ToListAsync(ct));
            foreach (var reminder in candidates.Where(c => !existing.Contains(c.DedupeKey)))
            {
                if (await TryInsertAsync(reminder, ct))
                {
                    created++;
                    logger.LogInformation("Notification {NotificationId} ({Kind}) created for proposal {ProposalId}", reminder.Id, reminder.Kind, reminder.ProposalId);
                }
            }
        }

        return created;
    }

    private async Task<bool> TryInsertAsync(Notification reminder, CancellationToken ct)
    {
        db.Notifications.Add(reminder);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another instance stored the same event between the lookup and this insert: the unique key held.
            db.Entry(reminder).State = EntityState.Detached;
            var duplicate = await db.Notifications.AsNoTracking().AnyAsync(n => n.DedupeKey == reminder.DedupeKey, ct);
            if (!duplicate)
            {
                throw;
            }

            logger.LogInformation("Reminder for proposal {ProposalId} ({Kind}) was already stored by another pass", reminder.ProposalId, reminder.Kind);
            return false;
        }
    }
}
