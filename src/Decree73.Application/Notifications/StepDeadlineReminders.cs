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
    public async Task<IReadOnlyList<Notification>> DueRemindersAsync(DateOnly today, CancellationToken ct = default)
    {
        var workingDays = await calendar.GetAsync(ct);
        var soon = options.Value.DueSoonWorkingDays;
        var horizon = workingDays.AddWorkingDays(today, soon);
        var steps = await db.Proposals.AsNoTracking()
            .Where(p => p.ResponsibleOfficerId != null && p.StepDueOn != null && p.StepSinceUtc != null && p.StepDueOn <= horizon)
            .Select(p => new { p.Id, Holder = p.ResponsibleOfficerId!.Value, Since = p.StepSinceUtc!.Value, Due = p.StepDueOn!.Value })
            .ToListAsync(ct);

        var reminders = new List<Notification>();
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

        return reminders;
    }
}
