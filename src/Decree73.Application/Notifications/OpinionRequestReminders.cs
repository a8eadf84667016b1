using Decree73.Application.Abstractions;
using Decree73.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Decree73.Application.Notifications;

/// <summary>
/// An opinion request past its due date with no answer: the officer who asked for it is told once, so that the
/// Party committee, related unit or expert can be chased before the decision deadline runs out.
/// </summary>
public sealed class OpinionRequestReminders(IAppDbContext db) : IReminderSource
{
    public async Task<IReadOnlyList<Notification>> DueRemindersAsync(DateOnly today, CancellationToken ct = default)
    {
        var overdue = await db.OpinionRequests.AsNoTracking()
            .Where(r => r.RespondedAtUtc == null && r.DueOn < today)
            .Select(r => new { r.Id, r.ProposalId, r.DueOn, r.RequestedByOfficerId })
            .ToListAsync(ct);
        return overdue
            .Select(r => new Notification(r.RequestedByOfficerId, r.ProposalId, NotificationKind.OpinionOverdue,
                NotificationKeys.OpinionOverdue(r.Id, r.DueOn, r.RequestedByOfficerId), r.DueOn))
            .ToList();
    }
}
