using Decree73.Domain.Common;

namespace Decree73.Domain.Proposals;

/// <summary>
/// A proposal evaluated completed, published by the deciding head as an exemplary model (nhân rộng điển hình tiên
/// tiến). Read-only for every signed-in user of the province; it never carries protection or personal data.
/// </summary>
public sealed class ShowcaseEntry : Entity
{
    private ShowcaseEntry() { }

    public ShowcaseEntry(int proposalId, int publishedByOfficerId, DateTime publishedAtUtc)
    {
        ProposalId = proposalId;
        PublishedByOfficerId = publishedByOfficerId;
        PublishedAtUtc = publishedAtUtc;
    }

    public int ProposalId { get; private set; }
    public string Summary { get; set; } = "";
    public string Results { get; set; } = "";
    public string? Indicators { get; set; }
    public int PublishedByOfficerId { get; private set; }
    public DateTime PublishedAtUtc { get; private set; }
    public DateTime? WithdrawnAtUtc { get; set; }

    /// <summary>
    /// Only a proposal evaluated completed, whose evaluation found it in line with policy, of pure motive, in the common
    /// interest and without damage, is a model for others to follow.
    /// </summary>
    public static Result CanPublish(Proposal proposal) =>
        proposal.Outcome == EvaluationOutcome.Completed && proposal.State is ProposalState.Evaluated or ProposalState.Closed
        && proposal.Findings is { InLineWithPolicy: true, PureMotive: true, CommonInterest: true, DamageCaused: false }
            ? Result.Success()
            : new DomainError("Showcase.NotCompleted");
}
