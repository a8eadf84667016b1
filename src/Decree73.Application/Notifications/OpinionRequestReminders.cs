using System.Runtime.CompilerServices;
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
    public async IAsyncEnumerable<IReadOnlyList<Notification>> DueRemindersAsync(
        DateOnly today, int batchSize, [EnumeratorCancellation] CancellationToken ct = default)
    {
        // Keyset on (DueOn, Id), along the index (RespondedAtUtc, DueOn).
        DateOnly? afterDue = null;
        var afterId = 0;
        while (true)
        {
            var overdue = await Batch(db, today, afterDue, afterId, batchSize).ToListAsync(ct);
            if (overdue.Count == 0)
            {
                yield break;
            }

            (afterDue, afterId) = (overdue[^1].DueOn, overdue[^1].Id);
            yield return overdue
                .Select(r => new Notification(r.RequestedByOfficerId, r.ProposalId, NotificationKind.OpinionOverdue,
                    NotificationKeys.OpinionOverdue(r.Id, r.DueOn, r.RequestedByOfficerId), r.DueOn))
                .ToList();
            if (overdue.Count < batchSize)
            {
                yield break;
            }
        }
    }

    internal sealed record Overdue(int Id, int ProposalId, DateOnly DueOn, int RequestedByOfficerId);

    /// <summary>One batch of unanswered requests due before <paramref name="today"/>, after the keyset position.</summary>
    internal static IQueryable<Overdue> Batch(IAppDbContext db, DateOnly today, DateOnly? afterDue, int afterId, int batchSize)
    {
        var query = db.OpinionRequests.AsNoTracking().Where(r => r.RespondedAtUtc == null && r.DueOn < today);
        if (afterDue is { } due)
        {
            var id = afterId;
            query = query.Where(r => r.DueOn >= due && (r.DueOn > due || r.Id > id));
        }

        return query.OrderBy(r => r.DueOn).ThenBy(r => r.Id).Take(batchSize)
            .Select(r => new Overdue(r.Id, r.ProposalId, r.DueOn, r.RequestedByOfficerId));
    }
}
