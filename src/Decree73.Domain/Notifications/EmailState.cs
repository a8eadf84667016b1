namespace Decree73.Domain.Notifications;

/// <summary>Where the e-mail copy of a notification stands. The in-app notification exists whatever this says.</summary>
public enum EmailState
{
    /// <summary>Waiting for the outbox.</summary>
    Pending,
    /// <summary>Taken by an outbox pass, which is sending it now (or crashed while doing so).</summary>
    Claimed,
    Sent,
    /// <summary>Given up: not sent, or not known to be sent. A person has to look; it is never retried by itself.</summary>
    Failed,
    /// <summary>Not to be sent: the recipient has no e-mail address.</summary>
    NoAddress,
}
