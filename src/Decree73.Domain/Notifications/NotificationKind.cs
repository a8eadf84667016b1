namespace Decree73.Domain.Notifications;

/// <summary>
/// Why someone is told something. Stored as a string, so a new kind (an opinion request past due, say) is a new
/// member here, a text in the resource files and a reminder source; no schema change.
/// </summary>
public enum NotificationKind
{
    /// <summary>The step of a proposal was given to the recipient.</summary>
    Assigned,
    /// <summary>The recipient's step is due within a few working days.</summary>
    DueSoon,
    /// <summary>The recipient's step is past its deadline.</summary>
    Overdue,
    /// <summary>An opinion the recipient asked for (Party committee, related unit, expert) is past its due date unanswered.</summary>
    OpinionOverdue,
}
