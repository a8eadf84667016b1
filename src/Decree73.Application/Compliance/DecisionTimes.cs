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

    /// <summary>Of <paramref name="proposals"/>, those decided in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>).</summary>
    internal static IQueryable<Proposal> DecidedBetween(IQueryable<Proposal> proposals, DateTime fromUtc, DateTime toUtc) =>
        proposals.Where(p => p.DecidedAtUtc >= fromUtc && p.DecidedAtUtc < toUtc);
}
