using Decree73.Application.Abstractions;
using Decree73.Domain.Proposals;

namespace Decree73.Application.Compliance;

/// <summary>When a proposal received its decision, beside its receipt and deadline: one narrow row per proposal.</summary>
public sealed class DecisionRow
{
    public int Id { get; init; }
    public int UnitId { get; init; }
    public DateTime ReceivedAtUtc { get; init; }
    public DateOnly DueOn { get; init; }
    public DateTime? DecidedAtUtc { get; init; }
}

/// <summary>
/// The decision of Art. 8(1) is the approval or the rejection of the current round (after the latest receipt): the
/// head's override or rejection when there is one, otherwise the approval vote that passed. Escalation hands the
/// proposal on and is not counted as a decision here.
/// </summary>
public sealed class DecisionTimes(IAppDbContext db)
{
    private static readonly ProposalState[] Decided =
    [
        ProposalState.Approved, ProposalState.Rejected, ProposalState.InProgress, ProposalState.Suspended, ProposalState.Stopped,
        ProposalState.CompletionReported, ProposalState.Evaluated, ProposalState.Closed,
    ];

    internal IQueryable<DecisionRow> Rows(IQueryable<Proposal> proposals) =>
        proposals.Where(p => p.ReceivedAtUtc != null && p.DecisionDueOn != null && Decided.Contains(p.State))
            .Select(p => new DecisionRow
            {
                Id = p.Id,
                UnitId = p.DecidingUnitId,
                ReceivedAtUtc = p.ReceivedAtUtc!.Value,
                DueOn = p.DecisionDueOn!.Value,
                DecidedAtUtc = db.ProposalDecisions
                        .Where(d => d.ProposalId == p.Id && (d.Kind == DecisionKind.Override || d.Kind == DecisionKind.Rejection) && d.CreatedAtUtc >= p.ReceivedAtUtc)
                        .Min(d => (DateTime?)d.CreatedAtUtc)
                    ?? db.ProposalVotes
                        .Where(v => v.ProposalId == p.Id && v.Stage == VoteStage.Approval && v.CreatedAtUtc >= p.ReceivedAtUtc)
                        .Min(v => (DateTime?)v.CreatedAtUtc),
            });
}
