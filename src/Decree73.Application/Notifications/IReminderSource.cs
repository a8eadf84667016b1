using Decree73.Domain.Notifications;

namespace Decree73.Application.Notifications;

/// <summary>
/// One kind of thing that can fall due (a proposal's step, an unanswered opinion request). Yields the notifications
/// it would send today, each with its dedupe key, in batches of at most <c>batchSize</c> rows read by keyset, so that
/// a province of 100,000 proposals is never held in memory at once; the pass stores those not yet stored.
/// </summary>
public interface IReminderSource
{
    IAsyncEnumerable<IReadOnlyList<Notification>> DueRemindersAsync(DateOnly today, int batchSize, CancellationToken ct = default);
}
