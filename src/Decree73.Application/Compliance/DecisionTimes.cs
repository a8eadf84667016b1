using Decree73.Domain.Proposals;

namespace Decree73.Application.Compliance;

/// <summary>When a proposal received its decision, beside its receipt and deadline: one narrow row per proposal.</summary>
public sealed class DecisionRow
{
    public int Id { get; init; }
    public int UnitId { get; init; }
    public DateTime ReceivedAtUtc { get; init; }
    public DateOnly DueOn { get; init; }
    public DateTime DecidedAtUtc { get; init; }
    public DateOnly DecidedOn { get; init; }
}

/// <summary>
/// Decisions of one unit taken the same number of working days after their receipt: how many, and how many by their
/// deadline.
/// </summary>
public sealed class DecisionPair
{
    public int UnitId { get; init; }
    public int WorkingDays { get; init; }
    public int Count { get; init; }
    public int OnTime { get; init; }
}

/// <summary>
/// The decision of Art. 8(1) is the approval or the rejection of the current round (after the latest receipt): the
/// passed vote, the head's override or the rejection. Escalation hands the proposal on and is not counted as a
/// decision here. The moment is stored on the proposal when the step is taken (<see cref="Proposal.DecidedAtUtc"/>),
/// so these rows are read from one index range, not recomputed from the votes and decisions.
/// </summary>
public static class DecisionTimes
{
    internal static IQueryable<DecisionRow> Rows(IQueryable<Proposal> proposals) =>
        proposals.Where(p => p.ReceivedAtUtc != null && p.DecisionDueOn != null && p.DecidedAtUtc != null && p.DecidedOn != null)
            .Select(p => new DecisionRow
            {
                Id = p.Id,
                UnitId = p.DecidingUnitId,
                ReceivedAtUtc = p.ReceivedAtUtc!.Value,
                DueOn = p.DecisionDueOn!.Value,
                DecidedAtUtc = p.DecidedAtUtc!.Value,
                DecidedOn = p.DecidedOn!.Value,
            });

    /// <summary>
    /// The decided rows of <paramref name="proposals"/> reduced to what the working-day medians need, counted by the
    /// database: one row per deciding unit and number of working days from receipt to decision (stored with the
    /// decision, <see cref="Proposal.DecisionWorkingDays"/>), with how many were decided in that many days and how many
    /// of them by their deadline. No calendar work here.
    /// </summary>
    internal static IQueryable<DecisionPair> Pairs(IQueryable<Proposal> proposals) =>
        proposals.Where(p => p.DecisionWorkingDays != null && p.DecisionDueOn != null && p.DecidedOn != null)
            .GroupBy(p => new { p.DecidingUnitId, WorkingDays = p.DecisionWorkingDays!.Value })
            .Select(g => new DecisionPair
            {
                UnitId = g.Key.DecidingUnitId,
                WorkingDays = g.Key.WorkingDays,
                Count = g.Count(),
                OnTime = g.Count(p => p.DecidedOn <= p.DecisionDueOn),
            });

    /// <summary>
    /// Vietnam's offset from UTC (Asia/Ho_Chi_Minh, no daylight saving since 1975): the receipt's Vietnam date is the
    /// date of its UTC moment plus seven hours, which every provider computes (<see cref="Common.VietnamTime.DateOf"/>).
    /// </summary>
    internal const int VietnamUtcOffsetHours = 7;

    /// <summary>Of <paramref name="proposals"/>, those decided in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>).</summary>
    internal static IQueryable<Proposal> DecidedBetween(IQueryable<Proposal> proposals, DateTime fromUtc, DateTime toUtc) =>
        proposals.Where(p => p.DecidedAtUtc >= fromUtc && p.DecidedAtUtc < toUtc);
}
