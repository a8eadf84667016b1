using Decree73.Domain.Notifications;

namespace Decree73.Application.Notifications;

/// <summary>
/// One kind of thing that can fall due (a proposal's step today; an opinion request later). Returns the notifications
/// it would send today, each with its dedupe key; the pass stores those not yet stored.
/// </summary>
public interface IReminderSource
{
    Task<IReadOnlyList<Notification>> DueRemindersAsync(DateOnly today, CancellationToken ct = default);
}
