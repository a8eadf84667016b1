using Decree73.Domain.Common;
using Decree73.Domain.Proposals;

namespace Decree73.Domain.Notifications;

/// <summary>
/// A message to one officer about one proposal, shown in the app and copied by e-mail. It holds no text and no
/// address: the page and the e-mail compose their words from the kind and the proposal when they show it.
/// <see cref="DedupeKey"/> names the event ("due-soon:12:…"); its unique index is what stops the same reminder
/// from being created twice, across restarts and concurrent instances.
/// </summary>
public sealed class Notification : Entity
{
    public const int DedupeKeyMaxLength = 200;

    private Notification() { }

    public Notification(
        int recipientOfficerId, int proposalId, NotificationKind kind, string dedupeKey, DateOnly? dueOn, ProposalState? step = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dedupeKey);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dedupeKey.Length, DedupeKeyMaxLength);
        RecipientOfficerId = recipientOfficerId;
        ProposalId = proposalId;
        Kind = kind;
        DedupeKey = dedupeKey;
        DueOn = dueOn;
        Step = step;
    }

    public int RecipientOfficerId { get; private set; }
    public int ProposalId { get; private set; }
    public NotificationKind Kind { get; private set; }
    public string DedupeKey { get; private set; } = "";

    /// <summary>The deadline the notification speaks of, as it was when it was created.</summary>
    public DateOnly? DueOn { get; private set; }

    /// <summary>
    /// The step (the proposal's state) an assignment gave, as it was then; null for reminders and for assignments
    /// recorded before the step was kept, which read without it.
    /// </summary>
    public ProposalState? Step { get; private set; }

    public DateTime? ReadAtUtc { get; private set; }

    public EmailState EmailState { get; private set; } = EmailState.Pending;
    public int EmailAttempts { get; private set; }
    public DateTime? EmailClaimedAtUtc { get; private set; }
    public DateTime? EmailSentAtUtc { get; private set; }

    /// <summary>Why the e-mail failed, as a short technical reason (an exception type), never a message body or address.</summary>
    public string? EmailError { get; private set; }

    public void MarkRead(DateTime nowUtc) => ReadAtUtc ??= nowUtc;

    /// <summary>Takes the e-mail for sending. Saved before the SMTP conversation starts, so a crash leaves it claimed, not pending.</summary>
    public bool ClaimEmail(DateTime nowUtc)
    {
        if (EmailState != EmailState.Pending)
        {
            return false;
        }

        EmailState = EmailState.Claimed;
        EmailClaimedAtUtc = nowUtc;
        EmailAttempts++;
        return true;
    }

    public void EmailSent(DateTime nowUtc)
    {
        EmailState = EmailState.Sent;
        EmailSentAtUtc = nowUtc;
        EmailError = null;
    }

    /// <summary>
    /// Nothing reached the server (it could not be reached): it is safe to try again, up to
    /// <paramref name="maxAttempts"/> attempts in all.
    /// </summary>
    public void EmailNotDelivered(string reason, int maxAttempts)
    {
        EmailState = EmailAttempts < maxAttempts ? EmailState.Pending : EmailState.Failed;
        EmailError = Truncate(reason);
    }

    /// <summary>The outcome is unknown or final: never sent again, so that nobody gets it twice.</summary>
    public void EmailFailed(string reason)
    {
        EmailState = EmailState.Failed;
        EmailError = Truncate(reason);
    }

    public void EmailHasNoAddress() => EmailState = EmailState.NoAddress;

    private static string Truncate(string reason) => reason.Length <= 200 ? reason : reason[..200];
}
