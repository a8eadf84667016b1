using System.Globalization;

namespace Decree73.Application.Notifications;

/// <summary>
/// The dedupe keys: each names one event, so that the unique index refuses a second notification of it.
/// Everything in a key is read back from the database, so a key computed again after a restart is the same string.
/// </summary>
public static class NotificationKeys
{
    /// <summary>One per save of the proposal: its version before the save is taken by exactly one successful save.</summary>
    public static string Assigned(int proposalId, int versionBeforeSave, int officerId) =>
        string.Create(CultureInfo.InvariantCulture, $"assigned:{proposalId}:v{versionBeforeSave}:{officerId}");

    public static string DueSoon(int proposalId, DateTime stepSinceUtc, DateOnly dueOn, int officerId) =>
        Step("due-soon", proposalId, stepSinceUtc, dueOn, officerId);

    public static string Overdue(int proposalId, DateTime stepSinceUtc, DateOnly dueOn, int officerId) =>
        Step("overdue", proposalId, stepSinceUtc, dueOn, officerId);

    /// <summary>One per request and due date: answering it or moving its date is a new event.</summary>
    public static string OpinionOverdue(int requestId, DateOnly dueOn, int officerId) =>
        string.Create(CultureInfo.InvariantCulture, $"opinion-overdue:{requestId}:{dueOn:yyyy-MM-dd}:{officerId}");

    // Whole seconds: PostgreSQL keeps microseconds and SQLite ticks; a step starts once, not twice in a second.
    private static string Step(string kind, int proposalId, DateTime stepSinceUtc, DateOnly dueOn, int officerId) =>
        string.Create(CultureInfo.InvariantCulture, $"{kind}:{proposalId}:{stepSinceUtc:yyyy-MM-ddTHH:mm:ssZ}:{dueOn:yyyy-MM-dd}:{officerId}");
}
