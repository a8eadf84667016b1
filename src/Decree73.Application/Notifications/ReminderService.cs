using System.Data.Common;
using System.Diagnostics;
using Decree73.Application.Abstractions;
using Decree73.Application.Common;
using Decree73.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Decree73.Application.Notifications;

/// <summary>
/// Asks every <see cref="IReminderSource"/> what is due today and stores what is new. The candidates come in keyset
/// batches (<see cref="NotificationOptions.ReminderBatchSize"/>); for each batch the database says which dedupe keys
/// it already holds (one query, the batch's keys sent as a single array parameter, never one parameter per key), and
/// the new reminders are inserted in a few multi-row statements (<see cref="IBulkInserter"/>: one statement per row
/// cost 16 s for 67,000 reminders on SQLite). A reminder already stored (by an earlier pass, before a restart, or by
/// another instance a moment ago) is skipped: first by that lookup, and in a race by the unique index on the dedupe
/// key, whose violation makes the batch fall back to one insert at a time, each refusal caught and ignored.
/// </summary>
public sealed class ReminderService(
    IAppDbContext db, IBulkInserter bulk, IEnumerable<IReminderSource> sources, TimeProvider time, IOptions<NotificationOptions> options,
    ILogger<ReminderService> logger)
{
    /// <summary>Returns how many reminders were stored.</summary>
    public async Task<int> CreateDueRemindersAsync(CancellationToken ct = default)
    {
        var started = Stopwatch.GetTimestamp();
        var today = VietnamTime.Today(time);
        var batchSize = options.Value.ReminderBatchSize;
        int candidates = 0, created = 0, batches = 0;
        foreach (var source in sources)
        {
            await foreach (var batch in source.DueRemindersAsync(today, batchSize, ct))
            {
                batches++;
                candidates += batch.Count;
                created += await StoreNewAsync(batch, ct);
            }
        }

        logger.LogInformation(
            "Reminder pass: {Candidates} candidate(s) in {Batches} batch(es), {Created} stored, in {ElapsedMs} ms",
            candidates, batches, created, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return created;
    }

    private async Task<int> StoreNewAsync(IReadOnlyList<Notification> batch, CancellationToken ct)
    {
        if (batch.Count == 0)
        {
            return 0;
        }

        var fresh = await NotStoredAsync(batch, ct);
        if (fresh.Count == 0)
        {
            return 0;
        }

        try
        {
            await bulk.InsertAsync(fresh, ct);
            logger.LogDebug("{Count} reminder(s) created", fresh.Count);
            return fresh.Count;
        }
        catch (DbException)
        {
            // Another instance stored some of these events between the lookup and this insert: the unique key held and
            // the batch's transaction inserted nothing. Ask again, then insert what is still new one at a time.
            logger.LogInformation("A reminder batch of {Count} met reminders stored by another pass; storing it one at a time", fresh.Count);
            return await StoreOneByOneAsync(fresh, ct);
        }
    }

    /// <summary>The candidates whose dedupe key the database does not hold yet (and the first of any repeated key).</summary>
    private async Task<List<Notification>> NotStoredAsync(IReadOnlyList<Notification> batch, CancellationToken ct)
    {
        var keys = batch.Select(c => c.DedupeKey).Distinct(StringComparer.Ordinal).ToArray();
        // EF.Parameter: one array parameter joined in the database (json_each on SQLite, = ANY on PostgreSQL),
        // whatever the batch size, instead of EF Core 10's default of one parameter per value.
        var existing = (await StoredKeys(db, keys).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        return batch.Where(c => existing.Add(c.DedupeKey)).ToList();
    }

    /// <summary>Which of <paramref name="keys"/> the database holds (one array parameter; OPENJSON on SQL Server).</summary>
    internal static IQueryable<string> StoredKeys(IAppDbContext db, string[] keys) =>
        db.Notifications.AsNoTracking()
            .Where(n => EF.Parameter(keys).Contains(n.DedupeKey))
            .Select(n => n.DedupeKey);

    private async Task<int> StoreOneByOneAsync(List<Notification> reminders, CancellationToken ct)
    {
        var created = 0;
        foreach (var reminder in await NotStoredAsync(reminders.Select(Copy).ToList(), ct))
        {
            if (await TryInsertAsync(reminder, ct))
            {
                created++;
            }
        }

        return created;
    }

    // A fresh instance, as EF inserts it (the bulk statement stamped the originals).
    private static Notification Copy(Notification n) => new(n.RecipientOfficerId, n.ProposalId, n.Kind, n.DedupeKey, n.DueOn, n.Step);

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
            var duplicate = await db.Notifications.AsNoTracking().AnyAsync(n => n.DedupeKey == reminder.DedupeKey, ct);
            if (!duplicate)
            {
                throw;
            }

            logger.LogInformation("Reminder for proposal {ProposalId} ({Kind}) was already stored by another pass", reminder.ProposalId, reminder.Kind);
            return false;
        }
        finally
        {
            db.Entry(reminder).State = EntityState.Detached;
        }
    }
}
