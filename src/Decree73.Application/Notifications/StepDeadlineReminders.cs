using System.Runtime.CompilerServices;
using Decree73.Application.Abstractions;
using Decree73.Application.Calendar;
using Decree73.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Decree73.Application.Notifications;

/// <summary>
/// The holder of an open step with a deadline: "due soon" from <see cref="NotificationOptions.DueSoonWorkingDays"/>
/// working days before it, "overdue" from the day after it. One of each per step, deadline and holder.
/// </summary>
public sealed class StepDeadlineReminders(IAppDbContext db, CalendarService calendar, IOptions<NotificationOptions> options) : IReminderSource
{
    public async IAsyncEnumerable<IReadOnlyList<Notification>> DueRemindersAsync(
        DateOnly today, int batchSize, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var workingDays = await calendar.GetAsync(ct);
        var soon = options.Value.DueSoonWorkingDays;
        var horizon = workingDays.AddWorkingDays(today, soon);

        // Keyset on (StepDueOn, Id), along the index of the same name: each batch is one index range.
        DateOnly? afterDue = null;
        var afterId = 0;
        while (true)
        {
            var steps = await Batch(db, horizon, afterDue, afterId, batchSize).ToListAsync(ct);
            if (steps.Count == 0)
            {
                yield break;
            }

            (afterDue, afterId) = (steps[^1].Due, steps[^1].Id);
            var reminders = new List<Notification>(steps.Count);
            foreach (var step in steps)
            {
                if (step.Due < today)
                {
                    reminders.Add(new Notification(step.Holder, step.Id, NotificationKind.Overdue,
                        NotificationKeys.Overdue(step.Id, step.Since, step.Due, step.Holder), step.Due));
                }
                else if (workingDays.WorkingDaysUntil(today, step.Due) <= soon)
                {
                    reminders.Add(new Notification(step.Holder, step.Id, NotificationKind.DueSoon,
                        NotificationKeys.DueSoon(step.Id, step.Since, step.Due, step.Holder), step.Due));
                }
            }

            yield return reminders;
            if (steps.Count < batchSize)
            {
                yield break;
            }
        }
    }

    internal sealed record Step(int Id, int Holder, DateTime Since, DateOnly Due);

    /// <summary>One batch of held steps due by <paramref name="horizon"/>, after the keyset position (<paramref name="afterDue"/>, <paramref name="afterId"/>).</summary>
    internal static IQueryable<Step> Batch(IAppDbContext db, DateOnly horizon, DateOnly? afterDue, int afterId, int batchSize)
    {
        var query = db.Proposals.AsNoTracking()
            .Where(p => p.StepDueOn != null && p.StepDueOn <= horizon && p.ResponsibleOfficerId != null && p.StepSinceUtc != null);
        if (afterDue is { } due)
        {
            var id = afterId;
            query = query.Where(p => p.StepDueOn >= due && (p.StepDueOn > due || p.Id > id));
        }

        return query.OrderBy(p => p.StepDueOn).ThenBy(p => p.Id).Take(batchSize)
            .Select(p => new Step(p.Id, p.ResponsibleOfficerId!.Value, p.StepSinceUtc!.Value, p.StepDueOn!.Value));
    }
}
