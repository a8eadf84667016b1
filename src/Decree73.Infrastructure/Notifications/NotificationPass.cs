using Decree73.Application.Notifications;

namespace Decree73.Infrastructure.Notifications;

/// <summary>One pass of the background service: store the reminders that fell due, then send the e-mail outbox.</summary>
public sealed class NotificationPass(ReminderService reminders, EmailOutbox outbox)
{
    public async Task<(int Reminders, int Emails)> RunAsync(CancellationToken ct = default)
    {
        var created = await reminders.CreateDueRemindersAsync(ct);
        var sent = await outbox.SendPendingAsync(ct);
        return (created, sent);
    }
}
