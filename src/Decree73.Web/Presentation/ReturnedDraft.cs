using Decree73.Domain.Proposals;

namespace Decree73.Web.Presentation;

/// <summary>A draft the head returned for revision: the reason the proposer has to address before submitting again.</summary>
public static class ReturnedDraft
{
    /// <summary>The reason of the latest return for revision while the proposal is a draft again; null otherwise.</summary>
    public static string? ReasonOf(Proposal proposal) =>
        proposal.State != ProposalState.Draft
            ? null
            : proposal.Decisions.Where(d => d.Kind == DecisionKind.ReturnForRevision).OrderBy(d => d.Id).LastOrDefault()?.Reason;
}
