namespace Decree73.Application.Audit;

public enum AuditBreakKind
{
    /// <summary>The stored values no longer give the stored hash: the row was edited.</summary>
    ContentChanged,
    /// <summary>The entry does not point at the hash of the entry before it: that one was edited or replaced.</summary>
    ChainBroken,
    /// <summary>The sequence jumps: entries before this one were deleted.</summary>
    EntriesMissing,
}

/// <summary>The first entry of a proposal's chain that fails the check.</summary>
public sealed record AuditBreak(int ProposalId, long EntryId, int Sequence, AuditBreakKind Kind);

public sealed record AuditVerification(int ProposalsChecked, int EntriesChecked, IReadOnlyList<AuditBreak> Breaks)
{
    public bool Intact => Breaks.Count == 0;
}

/// <summary>A broken chain as the audit page lists it; the title is null when the proposal no longer exists.</summary>
public sealed record AuditBreakItem(AuditBreak Break, string? ProposalTitle);

public sealed record AuditReport(int ProposalsChecked, int EntriesChecked, IReadOnlyList<AuditBreakItem> Breaks);

/// <summary>One changed value: its property name and the text before and after (null when there was none).</summary>
public sealed record AuditChange(string Field, string? Before, string? After);

/// <summary>One line of a proposal's history.</summary>
public sealed record HistoryItem(
    int Sequence, DateTime OccurredAtUtc, string? ByName, bool BySystem, string Action, string Entity, IReadOnlyList<AuditChange> Changes);
