using System.ComponentModel.DataAnnotations;

namespace Decree73.Application.Notifications;

/// <summary>Settings of the reminder pass and the e-mail outbox (section "Notifications").</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>When false, the background service does not run; notifications made by transitions are still stored.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Time between two passes of the background service.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00")]
    public TimeSpan ReminderInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How long the instance running the passes holds the database lease "notifications" (renewed at each pass);
    /// empty: three intervals. Another instance takes over at most this long after the holder died without stopping
    /// (at once after a graceful stop). ADR 0012.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00")]
    public TimeSpan? LeaseDuration { get; set; }

    /// <summary>Time after start-up before the first pass, so that migrations and seeding finish first.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan InitialDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>"Due soon" when the deadline is this many working days away or fewer.</summary>
    [Range(1, 30)]
    public int DueSoonWorkingDays { get; set; } = 2;

    /// <summary>An e-mail claimed longer ago than this and not marked sent is taken for a crashed send and marked failed.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Attempts when the mail server cannot be reached (nothing was handed over, so trying again is safe).</summary>
    [Range(1, 20)]
    public int MaxEmailAttempts { get; set; } = 3;

    /// <summary>
    /// Candidate reminders read, checked against the stored dedupe keys and inserted together: the pass holds at most
    /// this many at once, however large the province.
    /// </summary>
    [Range(100, 10000)]
    public int ReminderBatchSize { get; set; } = 1000;

    /// <summary>E-mails sent at most per pass.</summary>
    [Range(1, 10000)]
    public int EmailBatchSize { get; set; } = 200;
}
